//! Evaluating a compiled catalogue against profiles: one shared CEL environment and
//! root context, and per profile a child scope whose variable resolver borrows the
//! profile ([`Bound`]). Tiers are tried from the highest; the first that matches wins.

use super::bind::Bound;
use super::catalogue::{Catalogue, Criterion, Tier};
use super::profile::Profile;
use cel::common::types::CelBool;
use cel::{Context, Env, ExecutionError, ParseErrors, Program, Value};
use serde::Serialize;
use std::fmt;
use std::sync::Arc;

/// Why a rule gave no verdict for a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Failure {
    /// It evaluated to a value of this CEL type.
    NotBoolean(String),
    /// It names a function (or variable) that does not exist.
    Undeclared(String),
    Runtime(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::NotBoolean(t) => write!(f, "the rule gave a {t}, not a bool"),
            Failure::Undeclared(name) => write!(f, "undeclared reference to '{name}'"),
            Failure::Runtime(detail) => f.write_str(detail),
        }
    }
}

/// The CEL environment (standard library) and the root context every evaluation's
/// scope hangs from. Shared by all threads.
pub(crate) struct Rules {
    env: Arc<Env>,
    root: Context<'static, 'static>,
}

impl Rules {
    pub(crate) fn new() -> Self {
        let env = Arc::new(Env::stdlib());
        Self {
            root: Context::with_env(Arc::clone(&env)),
            env,
        }
    }

    pub(crate) fn compile(&self, source: &str) -> Result<Program, ParseErrors> {
        self.env.compile(source)
    }

    /// Runs `f` with a context in which the profile's fields are the variables.
    fn with_profile<R>(&self, p: &Profile, f: impl FnOnce(&Context<'_, '_>) -> R) -> R {
        let bound = Bound::new(p);
        let root: &Context<'_, '_> = &self.root;
        let mut scope = root.new_inner_scope();
        scope.set_variable_resolver(&bound);
        f(&scope)
    }

    pub(crate) fn run(&self, program: &Program, p: &Profile) -> Result<bool, Failure> {
        self.with_profile(p, |ctx| verdict(program, ctx))
    }
}

fn verdict(program: &Program, ctx: &Context<'_, '_>) -> Result<bool, Failure> {
    match Value::resolve_val(program.expression(), ctx) {
        Ok(v) => match v.downcast_ref::<CelBool>() {
            Some(b) => Ok(*b.inner()),
            None => Err(Failure::NotBoolean(v.get_type().name().to_string())),
        },
        Err(ExecutionError::UndeclaredReference(name)) => {
            Err(Failure::Undeclared(name.to_string()))
        }
        Err(e) => Err(Failure::Runtime(e.to_string())),
    }
}

/// The outcome for one profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    /// Index into [`CompiledCatalogue::tiers`] of the highest tier met.
    pub tier: Option<usize>,
    /// Index into [`CompiledCatalogue::criteria`] of the criterion that decided it: the
    /// first in catalogue order among the tier's criteria that matched.
    pub criterion: Option<usize>,
    /// Criteria that failed for this profile (run-time error or not a bool), with the
    /// message; they count as not matched. Only those tried are listed: tiers below the
    /// one decided are not evaluated.
    pub errors: Vec<(usize, String)>,
}

/// A checked catalogue, ready to evaluate profiles from any number of threads.
pub struct CompiledCatalogue {
    catalogue: Catalogue,
    rules: Rules,
    /// One per criterion, in catalogue order.
    programs: Vec<Program>,
    /// Per tier, highest first: its criteria's indexes in catalogue order.
    by_tier: Vec<Vec<usize>>,
}

impl fmt::Debug for CompiledCatalogue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CompiledCatalogue")
            .field("tiers", &self.catalogue.tiers.len())
            .field("criteria", &self.catalogue.criteria.len())
            .finish()
    }
}

impl CompiledCatalogue {
    pub(crate) fn new(catalogue: Catalogue, rules: Rules, programs: Vec<Program>) -> Self {
        let by_tier = catalogue
            .tiers
            .iter()
            .map(|t| {
                catalogue
                    .criteria
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.tier == t.code)
                    .map(|(i, _)| i)
                    .collect()
            })
            .collect();
        Self {
            catalogue,
            rules,
            programs,
            by_tier,
        }
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// Highest first.
    pub fn tiers(&self) -> &[Tier] {
        &self.catalogue.tiers
    }

    pub fn criteria(&self) -> &[Criterion] {
        &self.catalogue.criteria
    }

    /// The index of criterion `i`'s tier.
    pub fn tier_of(&self, criterion: usize) -> Option<usize> {
        self.by_tier.iter().position(|cs| cs.contains(&criterion))
    }

    /// The highest tier `p` meets and the criterion that decided it. Criteria are tried
    /// tier by tier from the highest, in catalogue order, until one matches.
    pub fn evaluate(&self, p: &Profile) -> Evaluation {
        self.rules.with_profile(p, |ctx| {
            let mut errors = Vec::new();
            for (t, criteria) in self.by_tier.iter().enumerate() {
                for &c in criteria {
                    match verdict(&self.programs[c], ctx) {
                        Ok(true) => {
                            return Evaluation {
                                tier: Some(t),
                                criterion: Some(c),
                                errors,
                            };
                        }
                        Ok(false) => {}
                        Err(e) => errors.push((c, e.to_string())),
                    }
                }
            }
            Evaluation {
                tier: None,
                criterion: None,
                errors,
            }
        })
    }

    /// Every criterion `p` meets, in catalogue order ("which tiers could I apply
    /// for?"). Criteria that fail for the profile are left out.
    pub fn matching(&self, p: &Profile) -> Vec<usize> {
        self.rules.with_profile(p, |ctx| {
            (0..self.programs.len())
                .filter(|&c| verdict(&self.programs[c], ctx) == Ok(true))
                .collect()
        })
    }

    /// Criterion `c` alone against `p`: its verdict, or why it has none.
    pub fn check(&self, c: usize, p: &Profile) -> Result<bool, String> {
        let program = self
            .programs
            .get(c)
            .ok_or_else(|| format!("no criterion {c}"))?;
        self.rules.run(program, p).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::CompiledCatalogue;

    fn shared<T: Send + Sync>() {}

    #[test]
    fn a_compiled_catalogue_is_shared_between_threads() {
        shared::<CompiledCatalogue>();
    }
}
