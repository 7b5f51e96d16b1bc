# Accreditation certificates (PDF) and their public verification page.

certificate-title = Certificate of High-Level Talent Accreditation
certificate-statement = This is to certify that the person named below has been accredited as a high-level talent.
certificate-holder = Holder
certificate-tier = Talent tier
certificate-criterion = Criterion met
certificate-jurisdiction = Issuing jurisdiction
certificate-issued-on = Date of issue
certificate-expires-on = Valid until
certificate-number = Certificate number
certificate-catalogue-version = Catalogue version
certificate-scan-to-verify = Scan to verify this certificate
err-certificate-revoked = This accreditation has been revoked, so no certificate can be issued for it.

verify-title = Certificate verification
verify-intro = This page confirms whether a certificate issued through this platform is genuine and still in force.
verify-status = Status
verify-status-valid = Valid
verify-status-expired = Expired
verify-status-revoked = Revoked
verify-status-renewed = Replaced by a renewal
verify-number = Certificate number
verify-holder = Holder
verify-tier = Talent tier
verify-issued = Date of issue
verify-expires = Valid until
verify-masked-note = Part of the holder's name is hidden to protect their privacy; compare it with the name on the certificate.
verify-qr-alt = QR code linking to this verification page
verify-unknown = No certificate with the number “{ $number }” exists. Check the number printed on the certificate.
