//! A progress line for long builds: shown on standard error only when it is a terminal,
//! only once a run has taken longer than a moment, and erased when the run ends, so
//! that logs and pipes never see it.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

/// Where a run is, for a progress line on long builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// `done` of `total` content files read.
    Loading { done: usize, total: usize },
    /// Checking references between files.
    Resolving,
    /// Rendering pages and data files.
    Rendering,
    /// Writing this many files.
    Writing { files: usize },
}

/// Something that hears where a run is; it may be called from several threads.
pub type Observer<'a> = &'a (dyn Fn(Stage) + Sync);

/// How long a run goes before the line appears: short builds stay quiet.
const DELAY: Duration = Duration::from_millis(500);
/// How often the line is redrawn.
const TICK: Duration = Duration::from_millis(100);

/// Where a run is, shared between the run's threads and the drawing thread.
#[derive(Default)]
struct State {
    /// 0 starting, 1 loading, 2 resolving, 3 rendering, 4 writing.
    stage: AtomicUsize,
    done: AtomicUsize,
    total: AtomicUsize,
}

impl State {
    fn update(&self, stage: Stage) {
        match stage {
            Stage::Loading { done, total } => {
                self.total.store(total, Ordering::Relaxed);
                self.done.fetch_max(done, Ordering::Relaxed);
                self.stage.fetch_max(1, Ordering::Relaxed);
            }
            Stage::Resolving => {
                self.stage.fetch_max(2, Ordering::Relaxed);
            }
            Stage::Rendering => {
                self.stage.fetch_max(3, Ordering::Relaxed);
            }
            Stage::Writing { files } => {
                self.total.store(files, Ordering::Relaxed);
                self.stage.fetch_max(4, Ordering::Relaxed);
            }
        }
    }

    fn line(&self, elapsed: Duration) -> String {
        let done = self.done.load(Ordering::Relaxed);
        let total = self.total.load(Ordering::Relaxed);
        let what = match self.stage.load(Ordering::Relaxed) {
            0 => crate::msg!("progress-starting"),
            1 => crate::msg!("progress-reading", done = done, total = total),
            2 => crate::msg!("progress-checking"),
            3 => crate::msg!("progress-rendering"),
            _ => crate::msg!("progress-writing", files = total),
        };
        format!("mienskip: {what} ({:.1} s)", elapsed.as_secs_f64())
    }
}

/// A running progress line. Pass [`Progress::observer`] to the pipeline; call
/// [`Progress::finish`] (or drop it) before printing anything else.
pub struct Progress {
    state: Arc<State>,
    stop: Option<mpsc::Sender<()>>,
    thread: Option<thread::JoinHandle<()>>,
}

impl Progress {
    /// Starts a progress line on standard error if it is a terminal; otherwise does
    /// nothing at all.
    pub fn start() -> Progress {
        Progress::start_if(std::io::stderr().is_terminal())
    }

    /// Starts a progress line if `enabled`.
    pub fn start_if(enabled: bool) -> Progress {
        let state = Arc::new(State::default());
        if !enabled {
            return Progress {
                state,
                stop: None,
                thread: None,
            };
        }
        let (stop, stopped) = mpsc::channel::<()>();
        let shared = Arc::clone(&state);
        let thread = thread::spawn(move || draw(&shared, &stopped));
        Progress {
            state,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// What the pipeline calls with each stage.
    pub fn observer(&self) -> impl Fn(Stage) + Sync + '_ {
        move |stage| self.state.update(stage)
    }

    /// Erases the line and stops drawing.
    pub fn finish(mut self) {
        self.stop_thread();
    }

    fn stop_thread(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop_thread();
    }
}

fn draw(state: &State, stopped: &mpsc::Receiver<()>) {
    let start = Instant::now();
    if stopped.recv_timeout(DELAY) != Err(mpsc::RecvTimeoutError::Timeout) {
        return;
    }
    let mut stderr = std::io::stderr();
    loop {
        // `\r` and "erase line": the line is redrawn in place.
        let _ = write!(stderr, "\r\x1b[2K{}", state.line(start.elapsed()));
        let _ = stderr.flush();
        if stopped.recv_timeout(TICK) != Err(mpsc::RecvTimeoutError::Timeout) {
            break;
        }
    }
    let _ = write!(stderr, "\r\x1b[2K");
    let _ = stderr.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_follows_the_stages() {
        let state = State::default();
        let at = Duration::from_millis(1500);
        assert_eq!(state.line(at), "mienskip: bezig met starten (1.5 s)");
        state.update(Stage::Loading { done: 0, total: 40 });
        state.update(Stage::Loading { done: 7, total: 40 });
        state.update(Stage::Loading { done: 5, total: 40 });
        assert_eq!(state.line(at), "mienskip: bestanden lezen 7/40 (1.5 s)");
        state.update(Stage::Rendering);
        assert_eq!(
            state.line(at),
            "mienskip: pagina's en open data maken (1.5 s)"
        );
        state.update(Stage::Writing { files: 812 });
        assert_eq!(state.line(at), "mienskip: 812 bestanden schrijven (1.5 s)");
    }

    #[test]
    fn a_disabled_line_draws_nothing_and_finishes_at_once() {
        let progress = Progress::start_if(false);
        (progress.observer())(Stage::Resolving);
        assert!(progress.thread.is_none());
        progress.finish();
    }
}
