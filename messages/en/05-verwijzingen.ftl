## References to other files

ref-unknown-id = `{ $key }` names the { $kind } "{ $written }", which does not exist (the { $kind } ids are the file names in { $folder }{ $list }){ $hint }
ref-not-an-id = `{ $key }` names "{ $written }", which is not an id (the { $kind } ids are the file names in { $folder }, in lowercase a-z, 0-9 and -{ $list }){ $hint }
ref-did-you-mean-named = ; did you mean `{ $candidate }` ("{ $name }")?
ref-translation-without-original = this translates { $original }, which does not exist; rename it after the file it translates
