# Mga sertipiko ng akreditasyon (PDF) at ang pampublikong pahina ng pagpapatunay nito.

certificate-title = Sertipiko ng Akreditasyon bilang Mataas na Antas na Talento
certificate-statement = Pinatutunayan nito na ang taong nakapangalan sa ibaba ay kinilala bilang mataas na antas na talento.
certificate-holder = May-hawak
certificate-tier = Antas ng talento
certificate-criterion = Pamantayang natugunan
certificate-jurisdiction = Hurisdiksiyong nagbigay
certificate-issued-on = Petsa ng pagbibigay
certificate-expires-on = May bisa hanggang
certificate-number = Numero ng sertipiko
certificate-catalogue-version = Bersiyon ng katalogo
certificate-scan-to-verify = I-scan upang patunayan ang sertipikong ito
err-certificate-revoked = Binawi na ang akreditasyong ito, kaya hindi na ito mabibigyan ng sertipiko.

verify-title = Pagpapatunay ng sertipiko
verify-intro = Pinatutunayan ng pahinang ito kung tunay at may bisa pa ang isang sertipikong ibinigay sa platapormang ito.
verify-status = Katayuan
verify-status-valid = May bisa
verify-status-expired = Paso na
verify-status-revoked = Binawi
verify-status-renewed = Pinalitan ng pagpapanibago
verify-number = Numero ng sertipiko
verify-holder = May-hawak
verify-tier = Antas ng talento
verify-issued = Petsa ng pagbibigay
verify-expires = May bisa hanggang
verify-masked-note = Nakatago ang bahagi ng pangalan ng may-hawak upang protektahan ang kanyang privacy; ihambing ito sa pangalang nakasulat sa sertipiko.
verify-qr-alt = QR code na patungo sa pahinang ito ng pagpapatunay
verify-unknown = Walang sertipikong may numerong “{ $number }”. Suriin ang numerong nakalimbag sa sertipiko.
