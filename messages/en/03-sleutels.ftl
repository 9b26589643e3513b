## Keys

key-unknown = unknown key `{ $key }` in { $place }{ $hint }
key-known-list = ; known keys are: { $keys }
key-not-a-block = { $place } must be a set of `key: value` lines, not { $kind }
key-not-a-word = a key in { $place } must be a plain word
key-twice = `{ $key }` appears twice in { $place } (first on line { $first }); keep one
key-required = `{ $key }` is required; add a line like `{ $key }: { $example }`
key-empty = `{ $key }` is empty; write a value like `{ $key }: { $example }`

place-front-matter = the front matter
place-key = `{ $key }`
place-opening-hours-row = an `opening_hours` row
place-presence-row = a `presence` row
place-history-entry = a `history` entry
place-closures-entry = a `closures` entry
place-volunteer-role = a `volunteers_wanted` role
place-activity = an activity
place-site = site.yaml
place-translation = a translation
place-budget = the budget
place-budget-line = a budget line
place-budget-total = a declared total
