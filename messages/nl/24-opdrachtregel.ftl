## Fouten in de opdracht
## Wat mienskip zegt als de opdracht zelf niet klopt: een optie die niet bestaat, een waarde die
## ontbreekt of niet mag, een opdracht die er niet is. Die meldingen beginnen met `mienskip:`,
## met op de volgende regel waar je de uitleg vindt; mienskip stopt dan met afsluitcode 2 ("de
## opdracht was niet goed") en leest of schrijft niets. Ze zijn in het Nederlands, of in het
## Engels met `--lang en` (de taal van de site telt hier niet: mienskip heeft de site dan nog
## niet gelezen).

# In de opdracht staat een optie (iets met `--`) of een woord dat mienskip niet kent. Meestal
# is het een tikfout: de melding stelt een optie voor die er wel is. `mienskip <opdracht>
# --help` laat alle opties zien.
cli-unknown-argument = `{ $arg }` is geen optie van `{ $command }`{ $hint }
# Een opdracht die niet bestaat, zoals `mienskip bouw`. De melding stelt een opdracht voor die
# erop lijkt, of noemt de opdrachten die er wel zijn.
cli-unknown-command = `{ $name }` is geen opdracht van mienskip{ $hint }
# Het einde van de vorige melding als er geen opdracht op lijkt.
cli-commands = ; de opdrachten zijn { $commands }
# Na een optie die een waarde nodig heeft (zoals `--root` of `--format`) staat niets. Zet de
# waarde erachter, met een spatie of een `=`: `--root mijn-site` of `--format=github`.
cli-missing-value = na `{ $arg }` hoort een waarde{ $values }
# Een optie heeft een waarde die niet mag, zoals `--format tekst`. De melding stelt een waarde
# voor die erop lijkt, of noemt de waarden die wel mogen.
cli-invalid-value = `{ $value }` is geen goede waarde voor `{ $arg }`{ $hint }
# Het einde van de vorige twee meldingen: de waarden waaruit je kiest.
cli-possible-values = ; kies uit { $values }
# Een waarde die geen goed getal is, zoals `--port tachtig`: geef een getal (bij `--port` van 0
# tot en met 65535).
cli-bad-number = `{ $value }` is geen goede waarde voor `{ $arg }`; geef een getal
# Er ontbreekt iets dat de opdracht nodig heeft, zoals het id bij `mienskip new room`.
cli-missing-argument = `{ $command }` heeft nog { $args } nodig
# Een optie staat twee keer in de opdracht, zoals `--strict --strict`. Haal er een weg.
cli-twice = `{ $arg }` staat twee keer in de opdracht; haal er een weg
# Twee opties gaan niet samen. Haal er een weg.
cli-conflict = `{ $arg }` gaat niet samen met `{ $other }`; haal er een weg
# Een andere fout in de opdracht; de Engelse uitleg van het programma dat de opdracht leest
# staat erachter.
cli-other = de opdracht is niet goed: { $detail }
# De regel onder elke melding over de opdracht: waar je de uitleg vindt.
cli-more-help = meer uitleg: `{ $command } --help`
# `mienskip` zonder opdracht (alleen opties, zoals `mienskip --lang nl`). Zet een opdracht
# erachter, zoals `mienskip check`.
cli-missing-command = geef een opdracht: { $commands }
