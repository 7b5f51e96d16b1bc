//! Every locale has every message English has, and every message the code asks for
//! exists. A missing translation fails here, not in front of a user.

use rencai_domain::vocab::{
    Education, Field, Gender, JurisdictionLevel, ProfessionalTitle, SkillLevel,
};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn ids(lang: &str) -> BTreeSet<String> {
    let dir = root().join("locales").join(lang);
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|_| panic!("locales/{lang} exists")) {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
        for line in text.lines() {
            if let Some((id, _)) = line.split_once('=') {
                let id = id.trim();
                if !line.starts_with(' ')
                    && !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    out.insert(id.to_string());
                }
            }
        }
    }
    out
}

fn sources(dir: &Path, out: &mut String) {
    for e in std::fs::read_dir(dir).expect("dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs" || x == "html") {
            out.push_str(&std::fs::read_to_string(&p).expect("read"));
        }
    }
}

/// String literals following `pattern` in the sources.
fn literals_after(text: &str, pattern: &str) -> BTreeSet<String> {
    text.match_indices(pattern)
        .filter_map(|(i, _)| {
            let rest = &text[i + pattern.len()..];
            let end = rest.find('"')?;
            let s = &rest[..end];
            (!s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'))
            .then(|| s.to_string())
        })
        .collect()
}

#[test]
fn every_locale_has_every_message() {
    let en = ids("en");
    assert!(en.len() > 100);
    for lang in ["zh-CN", "zh-TW", "da", "sw", "tl"] {
        let have = ids(lang);
        let missing: Vec<_> = en.difference(&have).collect();
        assert!(
            missing.is_empty(),
            "locales/{lang} lacks {} messages: {missing:?}",
            missing.len()
        );
        let extra: Vec<_> = have.difference(&en).collect();
        assert!(
            extra.is_empty(),
            "locales/{lang} has messages English lacks: {extra:?}"
        );
    }
}

#[test]
fn every_message_the_code_uses_exists() {
    let en = ids("en");
    let mut text = String::new();
    let base = root().join("crates");
    for krate in [
        "rencai-web/src",
        "rencai-web/templates",
        "rencai-domain/src",
        "rencai-store/src",
        "rencai-exchange/src",
    ] {
        sources(&base.join(krate), &mut text);
    }
    let mut wanted = BTreeSet::new();
    wanted.extend(literals_after(&text, ".t(\""));
    wanted.extend(literals_after(&text, ".tn(\""));
    wanted.extend(literals_after(&text, "Chrome::new(&ctx, \""));
    wanted.retain(|k| !k.ends_with('-'));
    // Error codes, wherever the code produces one.
    let mut codes = BTreeSet::new();
    for pattern in ["Err(\"", "ok_or(\"", "Conflict(\""] {
        codes.extend(literals_after(&text, pattern));
    }
    // `invalid("field", "code")` and `push("field", "code")`: the second literal.
    for pattern in ["invalid(\"", ".push(\""] {
        for (i, _) in text.match_indices(pattern) {
            let rest = &text[i + pattern.len()..];
            let Some((field, after)) = rest.split_once("\", \"") else {
                continue;
            };
            if field.contains('"') || field.contains('\n') {
                continue;
            }
            let code: String = after.chars().take_while(|c| *c != '"').collect();
            if !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                codes.insert(code);
            }
        }
    }
    {
        for code in codes {
            if code.contains('-') && !code.starts_with("talents:") {
                wanted.insert(format!("err-{code}"));
            }
        }
    }
    for f in rencai_domain::talent::FIELDS {
        wanted.insert(format!("talent-{f}"));
    }
    macro_rules! vocab {
        ($($t:ty),*) => {$(for v in <$t>::ALL { wanted.insert(v.message_id()); })*};
    }
    vocab!(
        Education,
        Field,
        Gender,
        JurisdictionLevel,
        ProfessionalTitle,
        SkillLevel
    );
    for r in rencai_domain::access::Role::ALL {
        wanted.insert(format!("role-{}", r.code()));
    }
    let e = rencai_domain::DomainError::NotFound;
    wanted.insert(format!("err-{}", e.code()));
    let missing: Vec<_> = wanted
        .iter()
        .filter(|k| !en.contains(*k) && !k.starts_with("err-unused"))
        .collect();
    assert!(missing.is_empty(), "locales/en lacks {missing:?}");
}

/// The audit page names every action in the reader's language: each action the code
/// appends (`audit::append(c, now, actor, "talent.create", …)`) has `action-talent-create`.
#[test]
fn every_audited_action_has_a_label() {
    let en = ids("en");
    let mut text = String::new();
    sources(&root().join("crates"), &mut text);
    let mut actions = BTreeSet::new();
    for (i, _) in text.match_indices("audit::append(") {
        // The action is the first string literal of the call.
        let call: String = text[i..].chars().take(400).collect();
        let Some(lit) = call.split('"').nth(1) else {
            continue;
        };
        if lit == "application.{}" {
            use rencai_domain::review::Action;
            let note = String::new;
            for a in [
                Action::Submit,
                Action::Approve { comment: note() },
                Action::Reject { reason: note() },
                Action::RequestInfo { note: note() },
                Action::ProvideInfo,
                Action::Withdraw,
                Action::Appeal { reason: note() },
                Action::Comment { text: note() },
                Action::Escalate,
            ] {
                actions.insert(format!("application.{}", a.code()));
            }
        } else if lit
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_' || c == '-')
            && lit.contains('.')
        {
            actions.insert(lit.to_string());
        }
    }
    assert!(actions.len() > 20, "found only {actions:?}");
    let missing: Vec<_> = actions
        .iter()
        .map(|a| format!("action-{}", a.replace('.', "-")))
        .filter(|k| !en.contains(k))
        .collect();
    assert!(missing.is_empty(), "locales/en lacks {missing:?}");
}

/// Fluent refuses a bundle that defines a message twice, so two files of one locale
/// must never share an id.
#[test]
fn no_message_is_defined_twice() {
    for lang in ["en", "zh-CN", "zh-TW", "da", "sw", "tl"] {
        let mut seen = BTreeSet::new();
        for entry in std::fs::read_dir(root().join("locales").join(lang)).expect("dir") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
            for line in text.lines() {
                let Some((id, _)) = line.split_once(" =") else {
                    continue;
                };
                if !line.starts_with([' ', '#', '*', '[', '}'])
                    && !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    assert!(
                        seen.insert(id.to_string()),
                        "locales/{lang} defines {id} twice"
                    );
                }
            }
        }
    }
}
