## The form editor and `mienskip schema`

schema-unknown-kind = there is no kind "{ $kind }"; choose one of: { $kinds }
schema-nothing-asked = give a kind to print its schema, or --out DIR to write them all
schema-wrote = wrote the schemas to { $folder }
schema-cannot-write = cannot write the schemas to { $folder }: { $reason }
