# Niveaukataloger, ansøgninger om anerkendelse og sagsbehandlingen.

err-catalogue-no-tiers = Et katalog skal have mindst ét niveau.
err-tier-code-invalid = Niveaukoden “{ $code }” er ugyldig; brug 1 til 8 store bogstaver eller cifre, begyndende med et bogstav.
err-tier-duplicate = Niveaukoden “{ $code }” er brugt to gange.
err-name-missing = Navnet på { $locale } mangler.
err-criterion-code-invalid = Kriteriekoden “{ $code }” er ugyldig; brug små bogstaver, cifre og bindestreger (højst 64), begyndende med et bogstav.
err-criterion-duplicate = Kriteriekoden “{ $code }” er brugt to gange.
err-criterion-unknown-tier = Intet niveau har koden “{ $tier }”.
err-rule-empty = Skriv reglen: et CEL-udtryk over talentets profil.
err-rule-syntax = Reglen kan ikke læses i linje { $line }, kolonne { $column }: { $detail }
err-rule-unknown-variable = Reglen bruger “{ $name }” i linje { $line }, kolonne { $column }, som ikke er et profilfelt.
err-rule-unknown-function = Reglen kalder “{ $name }”, som ikke er en tilgængelig funktion.
err-rule-not-boolean = Reglen skal give sand eller falsk, men for eksemplet “{ $example }” giver den en { $type }.
err-rule-runtime = Reglen fejler for eksemplet “{ $example }”: { $detail }
err-policy-test-failed = Eksemplet “{ $example }” skulle give { $expected }, men reglen giver { $got }.
err-review-transition = Denne handling er ikke mulig i ansøgningens nuværende tilstand.
err-review-already-voted = Du har allerede truffet afgørelse på dette trin.
err-review-not-late = Dette trin er endnu ikke forsinket.
err-review-already-appealed = Der er allerede klaget over denne afgørelse én gang.
err-review-seat-taken = En anden bedømmer har allerede denne plads.
err-evidence-duplicate = Denne fil er allerede vedhæftet ansøgningen.
err-application-not-draft = Kun en kladde til en ansøgning kan ændres på denne måde.
err-catalogue-not-draft = Kun en katalogkladde kan ændres; start en ny kladde.
err-accreditation-revoked = Denne anerkendelse er tilbagekaldt.
err-accreditation-renewed = Denne anerkendelse er allerede fornyet.

err-catalogue-none = Der er endnu ikke offentliggjort et niveaukatalog for dette område.
err-criterion-not-met = Talentets profil opfylder ikke dette kriterium; se siden om berettigelse for de kriterier, der gælder.
err-evidence-empty = Filen er tom.
err-evidence-too-large = Filen er større end 10 MB; scan den i lavere opløsning eller del den op.
err-evidence-type = Kun PDF-, PNG- og JPEG-filer accepteres, og denne fil er ingen af dem.
err-evidence-disguised = Filens indhold passer ikke til dens navn (f.eks. et billede med navnet .pdf); giv den den rigtige filendelse.
err-evidence-required = Vedhæft mindst én dokumentationsfil, før du indsender.
err-expert-unknown = Ingen aktiv ekspertkonto har dette brugernavn.

mail-issued-subject = Din anerkendelse { $number } (niveau { $tier })
mail-issued-body = Kære { $name }, du er anerkendt på niveau { $tier }. Certifikatnummer: { $number }, gyldigt til { $expires }. Du kan hente certifikatet i rencai.
mail-expiry-subject = Din anerkendelse { $number } udløber { $expires }
mail-expiry-body = Kære { $name }, din anerkendelse { $number } (niveau { $tier }) udløber { $expires }. Søg om fornyelse i rencai inden da.
mail-revoked-subject = Din anerkendelse { $number } er tilbagekaldt
mail-revoked-body = Kære { $name }, din anerkendelse { $number } (niveau { $tier }) er tilbagekaldt. Begrundelse: { $reason }
