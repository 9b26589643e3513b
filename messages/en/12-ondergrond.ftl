## The basemap (`map.basemap`)

basemap-path-not-inside = `basemap` is "{ $file }"; name a GeoJSON file under data/, like geo/basemap.geojson
basemap-missing-file = `basemap` names { $file }, which does not exist; check the file name
basemap-link-outside = `basemap` names { $file }, which is a link to a place outside the site folder; mienskip reads only files inside the site, so put the GeoJSON file itself there instead of a link
basemap-link-git = `basemap` names { $file }, which is a link into the repository's .git folder; mienskip does not read it, so put the GeoJSON file itself there instead of a link
basemap-fix-simplify = keep only main roads, water and place names and simplify the lines (for example mapshaper -simplify)
basemap-is-geometry = the basemap is a Geometry; write a FeatureCollection whose features each have a `kind` (road, water or place)
basemap-is-feature = the basemap is a single Feature; write a FeatureCollection whose features each have a `kind` (road, water or place)
basemap-too-many-features = the basemap has { $count } features, more than the limit of { $limit }; keep only the main roads, water and place names
basemap-no-source = the basemap has no `source`; add a member "source" to the FeatureCollection that says where the data comes from and under which licence (it is shown beside the map)
basemap-feature = feature { $number }: { $problem }
basemap-kind-unknown = `kind` is "{ $kind }"; it must be one of { $allowed }
basemap-kind-missing = the feature has no `kind`; add a property "kind" with one of { $allowed }
basemap-name-not-text = `name` is not a text; write the name between quotes
basemap-no-geometry = the feature has no geometry
basemap-road-shape = a road is a { $shape }, but it must be a LineString or MultiLineString
basemap-water-shape = a water is a { $shape }, but it must be a Polygon, MultiPolygon, LineString or MultiLineString
basemap-place-shape = a place is a { $shape }, but it must be a Point
basemap-place-needs-name = a place needs a `name`; add the name of the village, neighbourhood or landmark
basemap-line-too-short = a line needs at least two positions
basemap-too-many-positions = the basemap has { $count } positions, more than the limit of { $limit }; simplify its lines (for example mapshaper -simplify) or keep fewer roads
