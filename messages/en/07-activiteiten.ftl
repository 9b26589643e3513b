## Activities

activity-needs-days-or-date = an activity needs `days: [wo]` (it repeats weekly) or `date: 2025-03-15` (it happens once)
activity-days-and-date = an activity has `days` (it repeats) or `date` (it happens once), not both; remove one
activity-repeat-key-with-date = `{ $key }` is for repeating activities; an activity with a `date` happens once, so remove `{ $key }`
activity-interval-and-monthly = an activity repeats every few weeks (`interval`) or monthly (`monthly`), not both; remove one
activity-interval-needs-starts = `interval` counts weeks from `starts`; add the first date, like `starts: 2024-01-03`
activity-monthly-zero = `monthly` is 1 for the first such weekday of the month, 2 for the second, ..., -1 for the last; 0 is not one
activity-too-many = a room may have at most { $limit } activities; this one has { $count }; split the room or remove old activities
activity-id-invalid = `id` is "{ $value }"; write lowercase letters, digits and `-`, like `koffieochtend`, and never change it afterwards
activity-id-twice = two activities have `id: { $id }` (the first on line { $first }); give each its own id
