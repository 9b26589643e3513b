//! Watching the site root for saves: which folders are watched, and which events can
//! change the site, the theme, or which files.

use super::ServeError;
use notify_debouncer_full::notify::event::{AccessKind, AccessMode};
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, DebouncedEvent};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

/// Whether a change at `path` can change the site: site.yaml, or anything under
/// content/, data/ or themes/.
fn relevant(root: &Path, path: &Path) -> bool {
    let Ok(inside) = path.strip_prefix(root) else {
        // Paths may be reported through another spelling of the root; be safe.
        return true;
    };
    let mut parts = inside.components();
    match parts
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
    {
        Some(first) => matches!(first.as_str(), "site.yaml" | "content" | "data" | "themes"),
        None => false,
    }
}

/// The folders watched recursively, when they exist.
const WATCHED: [&str; 3] = ["content", "data", "themes"];

/// Watches the root itself (for site.yaml and new folders) and the content folders.
pub(super) struct Watch {
    debouncer: notify_debouncer_full::Debouncer<
        notify_debouncer_full::notify::RecommendedWatcher,
        notify_debouncer_full::RecommendedCache,
    >,
    watched: BTreeSet<&'static str>,
}

impl Watch {
    pub(super) fn start(
        root: &Path,
        events: mpsc::Sender<DebounceEventResult>,
    ) -> Result<Watch, ServeError> {
        let mut debouncer = new_debouncer(Duration::from_millis(100), None, events)
            .map_err(|e| ServeError::Watch(e.to_string()))?;
        debouncer
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| ServeError::Watch(e.to_string()))?;
        let mut watch = Watch {
            debouncer,
            watched: BTreeSet::new(),
        };
        watch.refresh(root)?;
        Ok(watch)
    }

    /// Starts watching content folders that appeared, forgets those that went away.
    pub(super) fn refresh(&mut self, root: &Path) -> Result<(), ServeError> {
        for name in WATCHED {
            let folder = root.join(name);
            let exists = folder.is_dir();
            if exists && !self.watched.contains(name) {
                self.debouncer
                    .watch(&folder, RecursiveMode::Recursive)
                    .map_err(|e| {
                        ServeError::Watch(
                            crate::msg!(
                                "serve-watch-folder",
                                folder = folder.display().to_string(),
                                reason = e.to_string()
                            )
                            .text(),
                        )
                    })?;
                self.watched.insert(name);
            } else if !exists && self.watched.contains(name) {
                let _ = self.debouncer.unwatch(&folder);
                self.watched.remove(name);
            }
        }
        Ok(())
    }
}

/// Whether a batch of events may have changed the theme (which the load cache does not
/// cover): a path under `themes/`, or events that were lost.
pub(super) fn touches_theme(root: &Path, batch: &DebounceEventResult) -> bool {
    let themes = root.join("themes");
    match batch {
        Ok(events) => events.iter().any(|e| {
            e.need_rescan()
                || e.paths
                    .iter()
                    .any(|p| p.starts_with(&themes) || !p.starts_with(root))
        }),
        Err(_) => true,
    }
}

/// The files a batch of events names, relative to the root; `None` when events were lost
/// or a path lies outside the root, so that the next check looks at every file.
pub(super) fn changed_paths(root: &Path, batch: &DebounceEventResult) -> Option<Vec<String>> {
    let events = batch.as_ref().ok()?;
    let mut paths = Vec::new();
    for event in events {
        if event.need_rescan() {
            return None;
        }
        for path in &event.paths {
            let inside = path.strip_prefix(root).ok()?;
            let parts: Vec<String> = inside
                .components()
                .map(|c| c.as_os_str().to_str().map(str::to_string))
                .collect::<Option<_>>()?;
            paths.push(parts.join("/"));
        }
    }
    Some(paths)
}

pub(super) fn is_relevant(root: &Path, batch: &DebounceEventResult) -> bool {
    match batch {
        Ok(events) => events.iter().any(|e| changes_something(root, e)),
        Err(errors) => {
            for e in errors {
                eprintln!(
                    "mienskip: {}",
                    crate::msg!("serve-watch-trouble", reason = e.to_string())
                );
            }
            true
        }
    }
}

/// Whether an event may change the site: not a file merely opened or read (the rebuild
/// itself reads every file), and about a path that matters.
fn changes_something(root: &Path, event: &DebouncedEvent) -> bool {
    let writes = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    };
    writes && (event.need_rescan() || event.paths.iter().any(|p| relevant(root, p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_changes_count() {
        let root = Path::new("/site");
        assert!(relevant(root, Path::new("/site/content/rooms/a.md")));
        assert!(relevant(root, Path::new("/site/site.yaml")));
        assert!(relevant(root, Path::new("/site/data/geo/a.geojson")));
        assert!(relevant(root, Path::new("/site/themes/default/x.html")));
        assert!(!relevant(root, Path::new("/site/site/index.html")));
        assert!(!relevant(root, Path::new("/site/.site.building-1/x")));
        assert!(!relevant(root, Path::new("/site/target/debug/x")));
        assert!(!relevant(root, Path::new("/site")));
    }
}
