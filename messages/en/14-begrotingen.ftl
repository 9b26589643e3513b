## Budgets

budget-line-without-amounts = a budget line needs `amounts: {"{"} 2024: 45000 {"}"}`, or `hours` with a `rate`
budget-amounts-and-hours = a budget line has `amounts`, or `hours` with `rate`, not both; remove one
budget-hours-without-rate = `hours` needs a `rate` in euros per hour, like `rate: 8.80`
budget-rate-without-hours = `rate` needs `hours` per year, like `hours: {"{"} 2018: 10000 {"}"}`
budget-total-without-direction = a declared total needs `direction: expense` or `direction: income`, so it is clear which lines it adds up
budget-total-unchecked = this total is not checked until the errors in its lines are fixed
budget-source-url-not-web = `source_url` "{ $url }" is not a web address; write it in full, like https://www.example.nl/uitvoeringsplan.pdf
budget-source-file-not-inside = `source_file` "{ $file }" is not a path inside the data folder; write it relative to data/, like documents/uitvoeringsplan-2024.pdf
budget-too-many-years = a budget may cover at most { $limit } years; this one has amounts, periods or totals for { $count } years ({ $first } to { $last }); split it into budgets per period
budget-source-file-problem = `source_file` names data/{ $file }: { $problem }
budget-source-file-missing = that file does not exist; put the copy there, or check the file name
budget-source-file-not-kind = its contents are not a { $kind } file; save the document again as { $kind }, or give it the name that fits its contents
budget-source-file-kind = `source_file` "{ $file }" is not a pdf, txt, csv, odt, ods, docx or xlsx file; save the source in one of those forms, like documents/uitvoeringsplan-2024.pdf
budget-source-file-folder = `source_file` "{ $file }" must be in a folder of its own under data/, not directly in data/ and not in data/versies/; put the file in data/documents/, for example
budget-source-file-fix-size = save the document smaller (images at a lower resolution), or leave out `source_file` and give the web address in `source_url`
