//! The template repository's workflow: its install step downloads the pinned release
//! binary and checks it against the release's SHA256SUMS (and MIENSKIP_SHA256 when set),
//! run here as a shell script against a stand-in release in a folder (file:// addresses);
//! and its triggers, schedule and pull-request preview; the steps that put a preview into the
//! branch gh-pages, take it out and publish the site beside the previews, run against a
//! local bare repository standing in for GitHub.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn workflow() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("template/.github/workflows/mienskip.yml"),
    )
    .unwrap()
}

/// Every install step of the workflow (one per job), each as a shell script.
fn install_scripts() -> Vec<String> {
    let workflow = workflow();
    workflow
        .match_indices("- name: mienskip installeren\n        run: |\n")
        .map(|(start, _)| {
            workflow[start..]
                .lines()
                .skip(2)
                .take_while(|line| line.starts_with("          "))
                .map(|line| format!("{}\n", &line[10..]))
                .collect()
        })
        .collect()
}

const ASSET: &str = "mienskip-x86_64-unknown-linux-gnu";

/// A stand-in release: `<dir>/download/<version>/` (and `latest/download/`) with a
/// "binary" that prints its version and a SHA256SUMS for it.
fn release(dir: &Path, version: &str) {
    for folder in [format!("download/{version}"), "latest/download".to_string()] {
        let folder = dir.join(folder);
        std::fs::create_dir_all(&folder).unwrap();
        let binary = format!("#!/bin/sh\necho \"mienskip {version}\"\n");
        std::fs::write(folder.join(ASSET), &binary).unwrap();
        std::fs::write(folder.join("mienskip-aarch64-apple-darwin"), "other").unwrap();
        let sums = std::process::Command::new("sha256sum")
            .args([ASSET, "mienskip-aarch64-apple-darwin"])
            .current_dir(&folder)
            .output()
            .unwrap();
        std::fs::write(folder.join("SHA256SUMS"), sums.stdout).unwrap();
    }
}

struct Run {
    code: Option<i32>,
    out: String,
    /// What the step added to GITHUB_PATH.
    path: String,
}

fn run(script: &str, releases: &Path, repo: &str, version: &str, pinned: &str) -> Run {
    let temp = tempfile::tempdir().unwrap();
    let github_path = temp.path().join("github_path");
    std::fs::write(&github_path, "").unwrap();
    let output = std::process::Command::new("bash")
        .args(["-e", "-c", script])
        .env("MIENSKIP_REPO", repo)
        .env("MIENSKIP_VERSION", version)
        .env("MIENSKIP_SHA256", pinned)
        .env(
            "MIENSKIP_RELEASES",
            format!("file://{}", releases.display()),
        )
        .env("RUNNER_ARCH", "X64")
        .env("RUNNER_TEMP", temp.path())
        .env("GITHUB_PATH", &github_path)
        .current_dir(temp.path())
        .output()
        .unwrap();
    Run {
        code: output.status.code(),
        out: String::from_utf8_lossy(&output.stdout).into_owned(),
        path: std::fs::read_to_string(&github_path).unwrap(),
    }
}

#[test]
fn both_jobs_install_the_same_way() {
    let scripts = install_scripts();
    assert_eq!(scripts.len(), 2);
    assert_eq!(scripts[0], scripts[1]);
    assert!(!workflow().contains("cargo install"));
}

#[test]
fn the_install_step_downloads_the_pinned_release_and_checks_its_checksum() {
    let script = &install_scripts()[0];
    let releases = tempfile::tempdir().unwrap();
    release(releases.path(), "v0.2.0");

    let ok = run(script, releases.path(), "gemeente/mienskip", "v0.2.0", "");
    assert_eq!(ok.code, Some(0), "{}", ok.out);
    assert!(ok.out.contains("mienskip v0.2.0"), "{}", ok.out);
    assert!(ok.path.trim_end().ends_with("mienskip-bin"), "{}", ok.path);

    // Pinned to the binary's own checksum: used.
    let sum = std::process::Command::new("sha256sum")
        .arg(releases.path().join("download/v0.2.0").join(ASSET))
        .output()
        .unwrap();
    let sum = String::from_utf8_lossy(&sum.stdout)[..64].to_string();
    let pinned = run(script, releases.path(), "gemeente/mienskip", "v0.2.0", &sum);
    assert_eq!(pinned.code, Some(0), "{}", pinned.out);

    // Pinned to another checksum: refused.
    let other = run(
        script,
        releases.path(),
        "gemeente/mienskip",
        "v0.2.0",
        &"0".repeat(64),
    );
    assert_eq!(other.code, Some(1), "{}", other.out);
    assert!(
        other.out.contains("::error title=mienskip klopt niet::"),
        "{}",
        other.out
    );
    assert!(other.out.contains("MIENSKIP_SHA256"), "{}", other.out);
    assert_eq!(other.path, "");

    // A binary that is not the one SHA256SUMS names (changed or cut off): refused.
    let binary = releases.path().join("download/v0.2.0").join(ASSET);
    std::fs::write(&binary, "#!/bin/sh\necho something else\n").unwrap();
    std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).unwrap();
    let changed = run(script, releases.path(), "gemeente/mienskip", "v0.2.0", "");
    assert_eq!(changed.code, Some(1), "{}", changed.out);
    assert!(
        changed.out.contains("::error title=mienskip klopt niet::"),
        "{}",
        changed.out
    );
    assert!(!changed.out.contains("something else"), "{}", changed.out);
    assert_eq!(changed.path, "");

    // A version without a release: the download fails, and so does the step.
    let missing = run(script, releases.path(), "gemeente/mienskip", "v9.9.9", "");
    assert_ne!(missing.code, Some(0), "{}", missing.out);
    assert_eq!(missing.path, "");
}

#[test]
fn the_install_step_says_what_to_set() {
    let script = &install_scripts()[0];
    let releases = tempfile::tempdir().unwrap();
    release(releases.path(), "v0.2.0");

    let unset = run(script, releases.path(), "", "", "");
    assert_eq!(unset.code, Some(1));
    assert!(
        unset
            .out
            .contains("::error title=mienskip is niet ingesteld::"),
        "{}",
        unset.out
    );
    assert!(unset.out.contains("MIENSKIP_REPO"), "{}", unset.out);

    // Without a version: the latest release, with a warning.
    let latest = run(script, releases.path(), "gemeente/mienskip", "", "");
    assert_eq!(latest.code, Some(0), "{}", latest.out);
    assert!(
        latest
            .out
            .contains("::warning title=mienskip zonder versie::"),
        "{}",
        latest.out
    );
    assert!(latest.out.contains("mienskip v0.2.0"), "{}", latest.out);
}

#[test]
fn the_workflow_rebuilds_nightly_and_previews_pull_requests() {
    let workflow = workflow();
    assert!(workflow.contains("- cron: \"15 23 * * *\""));
    assert!(workflow.contains("- cron: \"30 23 31 12 *\""));
    let site = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".github/workflows/site.yml"),
    )
    .unwrap();
    // The same schedule as the repository's own site.
    for cron in ["15 23 * * *", "30 23 31 12 *"] {
        assert!(site.contains(cron));
    }
    assert!(workflow.contains("mienskip build $options --output voorbeeld"));
    assert!(workflow.contains("--base-url $ADDRESS"));
    assert!(workflow.contains("types: [opened, synchronize, reopened, closed]"));
    assert!(workflow.contains("uses: actions/upload-artifact@v4"));
    assert!(workflow.contains("gh pr comment \"$PR\""));
    assert!(workflow.contains("pull-requests: write"));
}

/// The script of the step called `name` in the job whose key is `job` (`  check:`).
fn step_script(job: &str, name: &str) -> String {
    let workflow = workflow();
    let job_start = workflow.find(&format!("\n  {job}:\n")).expect("the job");
    let step = format!("      - name: {name}\n");
    let start = job_start + workflow[job_start..].find(&step).expect("the step");
    let lines: Vec<&str> = workflow[start..].lines().collect();
    let run = lines
        .iter()
        .position(|l| *l == "        run: |")
        .expect("a script");
    lines[run + 1..]
        .iter()
        .take_while(|line| line.starts_with("          ") || line.is_empty())
        .map(|line| format!("{}\n", line.get(10..).unwrap_or("")))
        .collect()
}

/// Runs `script` in `dir` (a clone of the stand-in GitHub) for pull request 7.
fn run_step(script: &str, dir: &Path) -> std::process::Output {
    let output = std::process::Command::new("bash")
        .args(["-e", "-c", script])
        .current_dir(dir)
        .env("PR", "7")
        .env("GITHUB_SHA", "abc123")
        .env("GITHUB_OUTPUT", dir.join("github_output"))
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_COUNT", "1")
        .env("GIT_CONFIG_KEY_0", "commit.gpgsign")
        .env("GIT_CONFIG_VALUE_0", "false")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// The files of the branch gh-pages in `origin`, and its number of commits.
fn pages_branch(origin: &Path) -> (Vec<String>, usize) {
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(origin)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let files = git(&["ls-tree", "-r", "--name-only", "gh-pages"]);
    let commits = git(&["rev-list", "--count", "gh-pages"]);
    (
        files.lines().map(String::from).collect(),
        commits.trim().parse().unwrap(),
    )
}

#[test]
fn previews_go_into_gh_pages_beside_the_site_and_leave_when_closed() {
    let temp = tempfile::tempdir().unwrap();
    let origin = temp.path().join("origin.git");
    let work = temp.path().join("work");
    let git = |dir: &Path, args: &[&str]| crate::common::git(dir, args, "2026-11-30T12:00:00Z");
    std::fs::create_dir_all(&origin).unwrap();
    git(&origin, &["init", "-q", "--bare", "-b", "main"]);
    git(
        temp.path(),
        &["clone", "-q", origin.to_str().unwrap(), "work"],
    );
    std::fs::write(work.join("site.yaml"), "title: T\n").unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "begin"]);
    git(&work, &["push", "-q", "origin", "main"]);

    // The first preview, before gh-pages exists: only the preview, none of main's files.
    crate::common::write(&work, "voorbeeld/index.html", "voorbeeld 7");
    crate::common::write(&work, "voorbeeld/kamers/index.html", "kamers");
    let preview = step_script("check", "Het voorbeeld op GitHub Pages zetten");
    run_step(&preview, &work);
    let (files, _) = pages_branch(&origin);
    assert_eq!(
        files,
        [
            ".nojekyll",
            "pr-voorbeeld/pr-7/index.html",
            "pr-voorbeeld/pr-7/kamers/index.html"
        ]
    );

    // The site published beside it, in a fresh clone as in the publish job; a custom
    // domain's CNAME stays.
    let publish_dir = temp.path().join("publish");
    git(
        temp.path(),
        &["clone", "-q", origin.to_str().unwrap(), "publish"],
    );
    {
        // The CNAME as GitHub's settings would write it into gh-pages.
        let side = temp.path().join("side");
        git(
            temp.path(),
            &[
                "clone",
                "-q",
                "-b",
                "gh-pages",
                origin.to_str().unwrap(),
                "side",
            ],
        );
        std::fs::write(side.join("CNAME"), "kamers.example.nl\n").unwrap();
        git(&side, &["add", "-A"]);
        git(&side, &["commit", "-q", "-m", "CNAME"]);
        git(&side, &["push", "-q", "origin", "gh-pages"]);
    }
    crate::common::write(&publish_dir, "site/index.html", "de site");
    crate::common::write(&publish_dir, "site/style.css", "body{}");
    run_step(
        &step_script("publish", "De site op GitHub Pages zetten"),
        &publish_dir,
    );
    let (files, commits) = pages_branch(&origin);
    assert_eq!(
        files,
        [
            ".nojekyll",
            "CNAME",
            "index.html",
            "pr-voorbeeld/pr-7/index.html",
            "pr-voorbeeld/pr-7/kamers/index.html",
            "style.css"
        ]
    );
    // One commit, however often it is published.
    assert_eq!(commits, 1);

    // A new version of the preview replaces the old one; the site stays.
    std::fs::remove_dir_all(work.join("voorbeeld")).unwrap();
    std::fs::remove_dir_all(work.join("pages")).unwrap();
    git(&work, &["worktree", "prune"]);
    crate::common::write(&work, "voorbeeld/index.html", "voorbeeld 7, tweede versie");
    run_step(&preview, &work);
    let (files, _) = pages_branch(&origin);
    assert!(files.contains(&"index.html".to_string()), "{files:?}");
    assert!(!files.contains(&"pr-voorbeeld/pr-7/kamers/index.html".to_string()));

    // Closed: the preview is taken out, the site stays.
    let close_dir = temp.path().join("close");
    git(
        temp.path(),
        &["clone", "-q", origin.to_str().unwrap(), "close"],
    );
    run_step(
        &step_script("remove-preview", "Het voorbeeld van GitHub Pages halen"),
        &close_dir,
    );
    let (files, commits) = pages_branch(&origin);
    assert_eq!(files, [".nojekyll", "CNAME", "index.html", "style.css"]);
    assert_eq!(commits, 1);
    let said = std::fs::read_to_string(close_dir.join("github_output")).unwrap();
    assert_eq!(said, "removed=yes\n");
}
