## Areas and their outlines on the map

geometry-missing-file = `geometry` names { $file }, which does not exist; check the file name
geometry-link-outside = `geometry` names { $file }, which is a link to a place outside the site folder; mienskip reads only files inside the site, so put the GeoJSON file itself there instead of a link
geometry-link-git = `geometry` names { $file }, which is a link into the repository's .git folder; mienskip does not read it, so put the GeoJSON file itself there instead of a link
geometry-fix-simplify = simplify the outline in your drawing tool (for example QGIS "Simplify" or mapshaper -simplify)
geojson-invalid-json = this is not valid JSON: { $detail }
geojson-invalid = this is not valid GeoJSON: { $detail }
outline-no-geometry = the Feature has no geometry; draw the area's outline
outline-too-many-features = the FeatureCollection has { $count } features; an area's file holds exactly one outline
outline-not-polygon = the outline is a { $shape }, but an area needs a Polygon or MultiPolygon
outline-too-many-positions = the outline has { $count } positions, more than the limit of { $limit }; simplify it in your drawing tool (for example QGIS "Simplify" or mapshaper -simplify) to a few thousand
geojson-position-too-short = a position has fewer than two numbers; write [longitude, latitude]
geojson-position-outside-world = the position [{ $lon }, { $lat }] is outside the world; GeoJSON is [longitude, latitude] in WGS84 degrees
geojson-ring-too-short = a ring needs at least four positions and must end where it starts
