## Meldingen van de opdracht zelf
## Wat `mienskip check`, `build`, `serve` en `new` zelf zeggen, naast de fouten in de inhoud.

# De laatste regel van `mienskip check` of `build` als er fouten zijn. Los ze op (begin
# bovenaan) en draai de opdracht opnieuw.
summary-errors = { $errors ->
    [one] 1 fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
}
# De laatste regel van `mienskip check` als alles klopt.
summary-in-order = mienskip: de inhoud is in orde ({ $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
})
