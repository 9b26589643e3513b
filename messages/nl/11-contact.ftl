## Contactgegevens en foto's
## Bewoners willen iemand kunnen bereiken, en de deur herkennen. Daarom controleert mienskip
## `email`, `phone` en `website` (bij een kamer en een initiatief onder `contact:`, bij een
## organisatie los, bij een gebied onder `team:`) en het bestand onder `photo:`. Een foto wordt
## bij het bouwen verkleind tot een paar breedtes (480, 960 en 1440 pixels, nooit groter dan het
## origineel) en opnieuw opgeslagen als JPEG. Daarbij verdwijnen alle gegevens die een camera of
## telefoon in het bestand zet, zoals de plek (GPS) en het toestel. Het originele bestand komt
## niet op de site.

# Er staat iets wat geen e-mailadres is. Schrijf één adres, zonder naam ervoor en zonder
# `<` `>`: `email: info@example.nl`. Een adres moet een punt in de domeinnaam hebben
# (`@example.nl`, niet `@localhost`).
contact-not-an-email = `email` is "{ $value }", en dat is geen e-mailadres; schrijf één adres, zoals info@example.nl
# Er staat iets wat geen (volledig) telefoonnummer is: woorden, of te weinig of te veel
# cijfers. Schrijf het nummer met netnummer (`058 233 8888`, `06 12345678`, `14 058`) of met
# landnummer (`+31 58 233 8888`, `+32 2 500 12 34`). Spaties, streepjes en haakjes mogen. De
# site toont het nummer op de Nederlandse manier; de belknop en de open data krijgen de
# internationale vorm (`+31582338888`), zodat elke telefoon het kan bellen.
contact-not-a-phone = `phone` is "{ $value }", en dat is geen telefoonnummer; schrijf het zoals 058 233 8888 of +31 58 233 8888
# Een webadres begint met `https://` (of `http://`) en heeft daarna een domeinnaam. Kopieer
# het adres uit de adresbalk van je browser.
contact-not-a-web-address = `website` is "{ $value }", en dat is geen webadres; schrijf het volledig, zoals https://www.example.nl/
# Een foto heeft een beschrijving nodig voor wie hem niet kan zien (een schermlezer leest die
# voor). Beschrijf wat er echt op staat, zoals `alt: De ingang aan de straatkant, met een
# blauwe deur`. Is het een tekening, schrijf dan "Tekening van ...".
photo-alt-required = `alt` ontbreekt: een korte tekst die zegt wat er op de foto staat, voor bewoners die hem niet kunnen zien; voeg er een toe zoals `alt: De ingang aan de straatkant, met een blauwe deur`
# De foto moet in de map `data/` van de site staan; schrijf het pad vanaf daar, zonder `..` en
# zonder `/` aan het begin.
photo-file-outside = `file` is "{ $value }"; geef een pad binnen data/, zoals photos/ingang.jpg
# Alleen JPEG-, PNG- en WebP-bestanden kunnen. Sla de foto op als `.jpg` (foto's) of `.png`
# (tekeningen).
photo-file-not-an-image-name = `file` is "{ $value }", en dat is geen JPEG-, PNG- of WebP-bestand; sla de foto op als .jpg, .png of .webp
# Het bestand staat niet waar de regel zegt. Kijk of de naam precies klopt (hoofdletters,
# `.jpg` of `.jpeg`) en of de foto in `data/photos/` staat.
photo-missing = `photo` noemt { $file }, maar dat bestand bestaat niet; kijk de bestandsnaam na, of zet de foto daar
# De foto is groter dan mienskip toelaat. Zo'n bestand kost bij het bouwen veel geheugen en
# tijd; de site toont de foto hoogstens 1440 pixels breed. Verklein hem (2000 pixels breed is
# ruim genoeg) en sla hem op als JPEG.
photo-too-large = `photo` noemt { $file }: het bestand is { $size } KiB, meer dan de grens van { $limit } KiB; maak de foto kleiner (2000 pixels breed is ruim genoeg) of sla hem op met meer compressie
# Er is iets mis met het bestand van de foto; wat er mis is, staat na de dubbele punt (zie de
# meldingen hieronder).
photo-problem = `photo` noemt { $file }: { $problem }
# Het bestand is een snelkoppeling naar een plek buiten de site. mienskip leest alleen
# bestanden in de site zelf; zet de foto zelf in `data/photos/`.
photo-link-outside = dit is een snelkoppeling naar een plek buiten de map van de site; mienskip leest alleen bestanden in de site, dus zet het bestand zelf hier in plaats van een snelkoppeling
# Het bestand is een snelkoppeling naar de map `.git`, waarin de instellingen van de
# repository staan. Die leest mienskip niet; zet de foto zelf in `data/photos/`.
photo-link-git = dit is een snelkoppeling naar de map .git van de repository, waarin de instellingen staan; mienskip leest die niet, dus zet het bestand zelf hier in plaats van een snelkoppeling
# Het bestand kon niet gelezen worden, bijvoorbeeld omdat je er geen toegang toe hebt of omdat
# het een map is. De reden staat tussen haakjes.
photo-unreadable = het bestand kan niet gelezen worden ({ $error })
# Het bestand heeft de goede naam, maar is geen plaatje: bijvoorbeeld een document, een GIF of
# een half gekopieerd bestand. Open de foto in een fotoprogramma en sla hem opnieuw op.
photo-not-an-image = het is geen JPEG-, PNG- of WebP-afbeelding; sla het opnieuw op als .jpg of .png
# Het bestand lijkt een plaatje, maar is beschadigd of onvolledig. Open de foto in een
# fotoprogramma en sla hem opnieuw op.
photo-cannot-decode = het kan niet als afbeelding gelezen worden ({ $error }); sla het opnieuw op als .jpg of .png
# Het plaatje is 0 pixels breed of hoog. Sla de foto opnieuw op.
photo-no-pixels = het is een afbeelding zonder pixels; sla de foto opnieuw op
# De foto heeft meer pixels dan mienskip toelaat. Zo'n bestand kost bij het bouwen veel
# geheugen en tijd. Verklein hem (2000 pixels breed is ruim genoeg) en sla hem op als JPEG.
photo-too-many-pixels = het is { $width } x { $height } pixels, meer dan de grens van { $limit } miljoen pixels; maak het kleiner (2000 pixels breed is ruim genoeg)
