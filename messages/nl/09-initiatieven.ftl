## Initiatieven

# Een initiatief hoort bij minstens één gebied. Voeg `areas:` toe met de bestandsnamen uit
# `content/areas/`.
initiative-areas-required = `areas` ontbreekt; noem de gebieden waar het initiatief werkt, zoals `areas: [oost]`
# Bij `status: completed` hoort de einddatum.
initiative-completed-needs-end = een afgerond initiatief heeft de datum nodig waarop het stopte; voeg een regel toe zoals `ended: 2025-05-01`
