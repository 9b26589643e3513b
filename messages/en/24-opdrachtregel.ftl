## Mistakes in the command

cli-unknown-argument = `{ $arg }` is not an option of `{ $command }`{ $hint }
cli-unknown-command = `{ $name }` is not a command of mienskip{ $hint }
cli-commands = ; the commands are { $commands }
cli-missing-value = a value is required after `{ $arg }`{ $values }
cli-invalid-value = `{ $value }` is not a valid value for `{ $arg }`{ $hint }
cli-possible-values = ; choose from { $values }
cli-bad-number = `{ $value }` is not a valid value for `{ $arg }`; give a number
cli-missing-argument = `{ $command }` also needs { $args }
cli-twice = `{ $arg }` is given twice; remove one of them
cli-conflict = `{ $arg }` cannot be used with `{ $other }`; remove one of them
cli-other = the command is wrong: { $detail }
cli-more-help = for more information, try `{ $command } --help`
cli-missing-command = give a command: { $commands }
