## Postcodes en plaatsen van een gebied

# Twee gebieden noemen dezelfde postcode. Een bewoner die die postcode intikt moet bij één
# gebied uitkomen, dus een postcode hoort bij één gebied. Kijk welk gebied gelijk heeft en haal
# de postcode weg uit het andere bestand. Ligt een postcodegebied op de grens, zet dan het
# viercijferige deel (`"8913"`) bij het gebied waar het meeste ligt en de losse postcodes met
# letters (`"8913 AB"`) bij het andere gebied: dat mag, de postcode met letters is preciezer en
# gaat voor. De pagina van de postcode noemt dan beide gebieden.
postcode-claimed-twice = `postcodes` noemt { $postcode }, maar { $other_path } (regel { $other_line }) noemt die ook, voor gebied `{ $other }`; een postcode hoort bij één gebied, dus haal hem weg uit een van de twee bestanden
