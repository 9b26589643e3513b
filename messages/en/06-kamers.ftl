## Rooms

room-closed-needs-date = a closed room needs the date it closed; add a line like `closed: 2022-09-01`
room-closed-but-not-closed = `closed` is only for rooms with `status: closed`; remove it or change the status
room-address-required = `address` is required unless the room is planned; add `address: {"{"} street: Voorbeeldstraat 1, postcode: 8900 AA, city: Leeuwarden {"}"}`
room-location-required = `location` is required unless the room is planned; add `location: {"{"} lat: 53.2012, lon: 5.7999 {"}"}` (and `location_approximate: true` if it is not exact)
room-days-required = `days` is required; add for example `days: [ma, wo]`
