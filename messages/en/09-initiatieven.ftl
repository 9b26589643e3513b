## Initiatives

initiative-areas-required = `areas` is required; add the areas it serves, like `areas: [oost]`
initiative-completed-needs-end = a completed initiative needs the date it ended; add a line like `ended: 2025-05-01`
