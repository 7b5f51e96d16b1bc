//! Checking a catalogue and compiling its rules: every problem is reported at once,
//! then the policy tests (each criterion's examples) run against the criterion alone.

use super::catalogue::{Catalogue, CatalogueError, Criterion, LocalText};
use super::evaluate::{CompiledCatalogue, Failure, Rules};
use super::profile::{Profile, VARIABLES};
use cel::Program;
use cel::common::ast::{EntryExpr, Expr, SourceInfo};
use cel::parser::Expression;
use std::collections::BTreeSet;

fn tier_code_ok(code: &str) -> bool {
    let b = code.as_bytes();
    (1..=8).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

fn criterion_code_ok(code: &str) -> bool {
    let b = code.as_bytes();
    (1..=64).contains(&b.len())
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

fn names_missing(
    name: &LocalText,
    make: impl Fn() -> CatalogueError,
    out: &mut Vec<CatalogueError>,
) {
    for locale in name.missing() {
        out.push(make().with("locale", locale));
    }
}

/// 1-based line and column (in characters) of byte `offset` in `source`.
fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut line = 1;
    let mut col = 1;
    for (i, c) in source.char_indices() {
        if i >= offset {
            break;
        }
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    (line, col)
}

/// The byte offset of `name` as a whole identifier in `source`, the first after `from`.
fn find_ident(source: &str, name: &str, from: usize) -> Option<usize> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut start = from.min(source.len());
    while let Some(i) = source.get(start..).and_then(|s| s.find(name)) {
        let at = start + i;
        let before = source[..at].chars().next_back();
        let after = source[at + name.len()..].chars().next();
        if !before.is_some_and(ident) && !after.is_some_and(ident) {
            return Some(at);
        }
        start = at + name.len();
    }
    None
}

/// The identifiers of `e` not bound by a comprehension around them, with their ids.
fn free_idents<'e>(e: &'e Expression, bound: &mut Vec<&'e str>, out: &mut Vec<(&'e str, u64)>) {
    match &e.expr {
        Expr::Ident(name) => {
            if !name.starts_with('@') && !bound.contains(&name.as_str()) {
                out.push((name, e.id));
            }
        }
        Expr::Call(call) => {
            if let Some(t) = &call.target {
                free_idents(t, bound, out);
            }
            for a in &call.args {
                free_idents(a, bound, out);
            }
        }
        Expr::Comprehension(c) => {
            free_idents(&c.iter_range, bound, out);
            free_idents(&c.accu_init, bound, out);
            let depth = bound.len();
            bound.push(&c.iter_var);
            if let Some(v) = &c.iter_var2 {
                bound.push(v);
            }
            bound.push(&c.accu_var);
            free_idents(&c.loop_cond, bound, out);
            free_idents(&c.loop_step, bound, out);
            bound.truncate(depth);
            bound.push(&c.accu_var);
            free_idents(&c.result, bound, out);
            bound.truncate(depth);
        }
        Expr::List(l) => {
            for x in &l.elements {
                free_idents(x, bound, out);
            }
        }
        Expr::Map(m) => entries(m.entries.iter().map(|e| &e.expr), bound, out),
        Expr::Struct(s) => entries(s.entries.iter().map(|e| &e.expr), bound, out),
        Expr::Select(s) => free_idents(&s.operand, bound, out),
        Expr::Literal(_) | Expr::Unspecified => {}
    }
}

fn entries<'e>(
    it: impl Iterator<Item = &'e EntryExpr>,
    bound: &mut Vec<&'e str>,
    out: &mut Vec<(&'e str, u64)>,
) {
    for entry in it {
        match entry {
            EntryExpr::StructField(f) => free_idents(&f.value, bound, out),
            EntryExpr::MapEntry(m) => {
                free_idents(&m.key, bound, out);
                free_idents(&m.value, bound, out);
            }
        }
    }
}

/// Names the expression uses that are no profile field, each once, with its position.
fn unknown_variables(program: &Program) -> Vec<(String, usize, usize)> {
    let refs = program.references();
    if refs.variables().iter().all(|v| VARIABLES.contains(v)) {
        return Vec::new();
    }
    let mut free = Vec::new();
    free_idents(program.expression(), &mut Vec::new(), &mut free);
    let info: &SourceInfo = program.source_info();
    let source = info.source.as_str();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (name, id) in free {
        if VARIABLES.contains(&name) || !seen.insert(name) {
            continue;
        }
        // The parser's offsets for the identifier, else its first whole-word occurrence.
        let offset = info
            .offset_for(id)
            .map(|(start, _)| start as usize)
            .filter(|o| source.get(*o..).is_some_and(|s| s.starts_with(name)))
            .or_else(|| find_ident(source, name, 0))
            .unwrap_or(0);
        let (line, col) = line_col(source, offset);
        out.push((name.to_string(), line, col));
    }
    out
}

fn check_rule(c: &Criterion, rules: &Rules, out: &mut Vec<CatalogueError>) -> Option<Program> {
    let err = |code| CatalogueError::criterion(&c.code, "expression", code);
    if c.expression.trim().is_empty() {
        out.push(err("rule-empty"));
        return None;
    }
    let program = match rules.compile(&c.expression) {
        Ok(p) => p,
        Err(e) => {
            for pe in e.errors {
                out.push(
                    err("rule-syntax")
                        .with("line", pe.pos.0.max(1))
                        .with("column", pe.pos.1.max(1))
                        .with("detail", pe.msg),
                );
            }
            return None;
        }
    };
    let unknown = unknown_variables(&program);
    if !unknown.is_empty() {
        for (name, line, column) in unknown {
            out.push(
                err("rule-unknown-variable")
                    .with("name", name)
                    .with("line", line)
                    .with("column", column),
            );
        }
        return None;
    }
    Some(program)
}

/// Runs the criterion's examples (and an empty profile, which must give a bool if it
/// gives anything) against its program alone.
fn policy_tests(c: &Criterion, program: &Program, rules: &Rules, out: &mut Vec<CatalogueError>) {
    let err = |code| CatalogueError::criterion(&c.code, "examples", code);
    let mut not_boolean = false;
    match rules.run(program, &Profile::default()) {
        Err(Failure::NotBoolean(t)) => {
            not_boolean = true;
            out.push(
                CatalogueError::criterion(&c.code, "expression", "rule-not-boolean")
                    .with("type", t)
                    .with("example", ""),
            );
        }
        Err(Failure::Undeclared(name)) => {
            out.push(
                CatalogueError::criterion(&c.code, "expression", "rule-unknown-function")
                    .with("name", name),
            );
            return;
        }
        Ok(_) | Err(Failure::Runtime(_)) => {}
    }
    for example in &c.examples {
        let profile = example.profile.clone().normalised();
        match rules.run(program, &profile) {
            Ok(got) if got == example.expect => {}
            Ok(got) => out.push(
                err("policy-test-failed")
                    .with("example", &example.name)
                    .with("expected", example.expect)
                    .with("got", got),
            ),
            Err(Failure::NotBoolean(t)) => {
                if !not_boolean {
                    not_boolean = true;
                    out.push(
                        err("rule-not-boolean")
                            .with("type", t)
                            .with("example", &example.name),
                    );
                }
            }
            Err(Failure::Runtime(detail) | Failure::Undeclared(detail)) => out.push(
                err("rule-runtime")
                    .with("example", &example.name)
                    .with("detail", detail),
            ),
        }
    }
}

impl Catalogue {
    /// Checks the catalogue and compiles its rules. Every problem is reported, in
    /// catalogue order: tiers, then criteria (code, tier, names, rule, policy tests).
    pub fn compile(&self) -> Result<CompiledCatalogue, Vec<CatalogueError>> {
        let mut out = Vec::new();
        if self.tiers.is_empty() {
            out.push(CatalogueError {
                criterion: None,
                tier: None,
                field: "tier",
                code: "catalogue-no-tiers",
                args: Vec::new(),
            });
        }
        let mut seen = BTreeSet::new();
        for t in &self.tiers {
            if !tier_code_ok(&t.code) {
                out.push(
                    CatalogueError::tier(&t.code, "code", "tier-code-invalid")
                        .with("code", &t.code),
                );
            } else if !seen.insert(t.code.as_str()) {
                out.push(
                    CatalogueError::tier(&t.code, "code", "tier-duplicate").with("code", &t.code),
                );
            }
            names_missing(
                &t.name,
                || CatalogueError::tier(&t.code, "name", "name-missing"),
                &mut out,
            );
        }
        let tiers: BTreeSet<&str> = self.tiers.iter().map(|t| t.code.as_str()).collect();
        let rules = Rules::new();
        let mut seen = BTreeSet::new();
        let mut programs = Vec::with_capacity(self.criteria.len());
        for c in &self.criteria {
            let err = |field, code| CatalogueError::criterion(&c.code, field, code);
            if !criterion_code_ok(&c.code) {
                out.push(err("code", "criterion-code-invalid").with("code", &c.code));
            } else if !seen.insert(c.code.as_str()) {
                out.push(err("code", "criterion-duplicate").with("code", &c.code));
            }
            if !tiers.contains(c.tier.as_str()) {
                out.push(err("tier", "criterion-unknown-tier").with("tier", &c.tier));
            }
            names_missing(&c.name, || err("name", "name-missing"), &mut out);
            let program = check_rule(c, &rules, &mut out);
            if let Some(p) = &program {
                policy_tests(c, p, &rules, &mut out);
            }
            programs.push(program);
        }
        if !out.is_empty() {
            return Err(out);
        }
        let programs = programs.into_iter().flatten().collect();
        Ok(CompiledCatalogue::new(self.clone(), rules, programs))
    }
}
