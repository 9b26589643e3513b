//! The template repository's workflow: its install step downloads the pinned release
//! binary and checks it against the release's SHA256SUMS (and MIENSKIP_SHA256 when set),
//! run here as a shell script against a stand-in release in a folder (file:// addresses);
//! and its triggers, schedule and pull-request preview.

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
    assert!(workflow.contains("mienskip build $drafts --output voorbeeld"));
    assert!(workflow.contains("uses: actions/upload-artifact@v4"));
    assert!(workflow.contains("gh pr comment \"$PR\""));
    assert!(workflow.contains("pull-requests: write"));
}
