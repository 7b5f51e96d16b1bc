# Vyeti vya utambuzi (PDF) na ukurasa wa umma wa kuvihakiki.

certificate-title = Cheti cha Utambuzi wa Kipaji cha Kiwango cha Juu
certificate-statement = Hii ni kuthibitisha kwamba mtu aliyetajwa hapa chini ametambuliwa kuwa kipaji cha kiwango cha juu.
certificate-holder = Mmiliki
certificate-tier = Daraja la kipaji
certificate-criterion = Kigezo kilichotimizwa
certificate-jurisdiction = Eneo la mamlaka lililotoa
certificate-issued-on = Tarehe ya kutolewa
certificate-expires-on = Halali hadi
certificate-number = Nambari ya cheti
certificate-catalogue-version = Toleo la orodha
certificate-scan-to-verify = Changanua ili kuhakiki cheti hiki
err-certificate-revoked = Utambuzi huu umefutwa, kwa hiyo hakuna cheti kinachoweza kutolewa kwa ajili yake.

verify-title = Uhakiki wa cheti
verify-intro = Ukurasa huu unathibitisha kama cheti kilichotolewa kupitia jukwaa hili ni halisi na bado kinatumika.
verify-status = Hali
verify-status-valid = Halali
verify-status-expired = Muda wake umekwisha
verify-status-revoked = Kimefutwa
verify-status-renewed = Kimebadilishwa na cheti kilichohuishwa
verify-number = Nambari ya cheti
verify-holder = Mmiliki
verify-tier = Daraja la kipaji
verify-issued = Tarehe ya kutolewa
verify-expires = Halali hadi
verify-masked-note = Sehemu ya jina la mmiliki imefichwa ili kulinda faragha yake; linganisha na jina lililo kwenye cheti.
verify-qr-alt = Msimbo wa QR unaoelekeza kwenye ukurasa huu wa uhakiki
verify-unknown = Hakuna cheti chenye nambari “{ $number }”. Kagua nambari iliyochapishwa kwenye cheti.
