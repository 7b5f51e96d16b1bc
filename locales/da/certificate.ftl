# Akkrediteringsbeviser (PDF) og deres offentlige kontrolside.

certificate-title = Bevis for akkreditering som højt kvalificeret talent
certificate-statement = Det bekræftes hermed, at nedennævnte person er akkrediteret som højt kvalificeret talent.
certificate-holder = Indehaver
certificate-tier = Talentniveau
certificate-criterion = Opfyldt kriterium
certificate-jurisdiction = Udstedende myndighedsområde
certificate-issued-on = Udstedelsesdato
certificate-expires-on = Gyldigt til
certificate-number = Bevisnummer
certificate-catalogue-version = Katalogversion
certificate-scan-to-verify = Scan for at kontrollere beviset
err-certificate-revoked = Denne akkreditering er tilbagekaldt, så der kan ikke udstedes et bevis for den.

verify-title = Kontrol af bevis
verify-intro = Denne side bekræfter, om et bevis udstedt via platformen er ægte og stadig gælder.
verify-status = Status
verify-status-valid = Gyldigt
verify-status-expired = Udløbet
verify-status-revoked = Tilbagekaldt
verify-status-renewed = Erstattet af en fornyelse
verify-number = Bevisnummer
verify-holder = Indehaver
verify-tier = Talentniveau
verify-issued = Udstedelsesdato
verify-expires = Gyldigt til
verify-masked-note = En del af indehaverens navn er skjult af hensyn til privatlivet; sammenlign med navnet på beviset.
verify-qr-alt = QR-kode, der fører til denne kontrolside
verify-unknown = Der findes intet bevis med nummeret “{ $number }”. Kontrollér nummeret, der står på beviset.
