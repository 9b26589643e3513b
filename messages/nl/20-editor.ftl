## De formulier-editor en `mienskip schema`
## `mienskip schema` schrijft de beschrijving (JSON Schema) van elk soort bestand, zodat een
## teksteditor als VS Code tijdens het typen helpt en fouten onderstreept.

# `mienskip schema` kent alleen de Engelse namen van de soorten bestanden. Gebruik er een van
# de genoemde, of `mienskip schema --out MAP` voor alle schema's tegelijk. Afsluitcode 2.
schema-unknown-kind = er is geen soort "{ $kind }"; kies een van: { $kinds }
# `mienskip schema` zonder meer weet niet wat het moet doen. Schrijf `mienskip schema room`
# (één schema op het scherm) of `mienskip schema --out .mienskip/schema` (alle schema's in die
# map). Afsluitcode 2.
schema-nothing-asked = noem een soort om het schema te zien, of --out MAP om ze allemaal te schrijven
# Na `mienskip schema --out MAP`: de schema's staan in die map.
schema-wrote = de schema's zijn geschreven naar { $folder }
# De map voor de schema's kon niet worden gemaakt of beschreven (geen schrijfrechten, of er
# staat een bestand met die naam). Kies een andere map. Afsluitcode 2.
schema-cannot-write = de schema's konden niet worden geschreven naar { $folder }: { $reason }
