## Words many messages use

severity-error = error
severity-warning = warning
diagnostic-strict-warning = (a warning, an error with --strict)
did-you-mean = ; did you mean `{ $candidate }`?
