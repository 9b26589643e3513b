## Woorden die in veel meldingen staan
## Deze stukjes tekst komen in andere meldingen terug.

# Het soort melding: de site wordt niet gebouwd tot een fout is opgelost.
severity-error = fout
# Het soort melding: de site wordt wel gebouwd.
severity-warning = waarschuwing
# Achter een waarschuwing die met `--strict` (in CI) als fout telt. Los haar op zoals de
# waarschuwing zegt.
diagnostic-strict-warning = (een waarschuwing; met --strict telt ze als fout)
# Achter een onbekende naam of waarde: de bekende die er het meest op lijkt. Meestal is
# het een tikfout; schrijf wat mienskip voorstelt.
did-you-mean = ; bedoel je `{ $candidate }`?
