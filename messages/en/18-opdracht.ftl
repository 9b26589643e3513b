## What the commands themselves say

summary-errors = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
summary-in-order = mienskip: the content is in order ({ $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
})
