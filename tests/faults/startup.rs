//! Failures say why: a server that does not start shows its log, a damaged template is
//! replaced without anyone's help.

use std::fs;

use super::sandbox::Sandbox;

const INIT: (&str, &str) = (
    "20240101000000_init",
    "CREATE TABLE \"A\" (id int PRIMARY KEY);\n",
);

fn run(sandbox: &Sandbox) -> (Option<i32>, String) {
    let out = sandbox.spawn_check(&[]).wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_server_that_does_not_start_shows_its_log() {
    let sandbox = Sandbox::new(&[INIT]);
    sandbox.write_wrappers("echo 'no_such_setting_here = 1' >> \"$D/postgresql.conf\"");
    let (code, stderr) = run(&sandbox);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("no_such_setting_here"), "{stderr}");
    assert!(!stderr.contains("no log output"), "{stderr}");
    assert_eq!(sandbox.leftovers(0), Vec::<String>::new());
}

#[test]
fn a_damaged_template_is_rebuilt() {
    let sandbox = Sandbox::new(&[INIT]);
    let (code, stderr) = run(&sandbox);
    assert_eq!(code, Some(0), "cold start: {stderr}");
    let template = fs::read_dir(sandbox.cache.join("prisma-drift").join("templates"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| !p.to_string_lossy().contains(".building-"))
        .expect("a template was stored");
    let control = template.join("global").join("pg_control");
    fs::write(&control, "").unwrap();
    let (code, stderr) = run(&sandbox);
    assert_eq!(code, Some(0), "damaged template: {stderr}");
    assert!(stderr.contains("rebuilt it"), "{stderr}");
    assert!(
        fs::metadata(&control).unwrap().len() > 0,
        "the template was not replaced"
    );
    let (code, stderr) = run(&sandbox);
    assert_eq!(code, Some(0), "after the rebuild: {stderr}");
    assert!(!stderr.contains("rebuilt"), "{stderr}");
    assert_eq!(sandbox.leftovers(0), Vec::<String>::new());
}
