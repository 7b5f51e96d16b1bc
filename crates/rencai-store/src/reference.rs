//! Jurisdictions, alliances and enterprises: the reference data talents point at.

use crate::audit::{self, Actor};
use crate::db::DbConn;
use crate::error::{StoreResult, is_unique_violation};
use crate::schema::{alliance_members, alliances, enterprises, jurisdictions};
use crate::store::micros;
use diesel::prelude::*;
use rencai_domain::DomainError;
use rencai_domain::ids::{AllianceId, EnterpriseId, JurisdictionId};
use rencai_domain::jurisdiction::{Alliance, Jurisdiction, JurisdictionTree};
use rencai_domain::vocab::JurisdictionLevel;
use serde::Serialize;

pub fn tree(c: &mut DbConn) -> StoreResult<JurisdictionTree> {
    let rows: Vec<(i64, Option<i64>, String, String, String, String)> = jurisdictions::table
        .select((
            jurisdictions::id,
            jurisdictions::parent_id,
            jurisdictions::code,
            jurisdictions::name_zh,
            jurisdictions::name_en,
            jurisdictions::level,
        ))
        .load(c)?;
    Ok(JurisdictionTree::new(
        rows.into_iter()
            .map(|r| Jurisdiction {
                id: JurisdictionId(r.0),
                parent_id: r.1.map(JurisdictionId),
                code: r.2,
                name_zh: r.3,
                name_en: r.4,
                level: JurisdictionLevel::parse(&r.5).unwrap_or(JurisdictionLevel::City),
            })
            .collect(),
    ))
}

/// Adds a jurisdiction, or returns the existing one with that code (demo reruns).
pub fn ensure_jurisdiction(
    c: &mut DbConn,
    parent: Option<JurisdictionId>,
    code: &str,
    name_zh: &str,
    name_en: &str,
    level: JurisdictionLevel,
) -> StoreResult<JurisdictionId> {
    if let Some(id) = jurisdictions::table
        .filter(jurisdictions::code.eq(code))
        .select(jurisdictions::id)
        .first::<i64>(c)
        .optional()?
    {
        return Ok(JurisdictionId(id));
    }
    let id = diesel::insert_into(jurisdictions::table)
        .values((
            jurisdictions::parent_id.eq(parent.map(|p| p.0)),
            jurisdictions::code.eq(code),
            jurisdictions::name_zh.eq(name_zh),
            jurisdictions::name_en.eq(name_en),
            jurisdictions::level.eq(level.code()),
        ))
        .returning(jurisdictions::id)
        .get_result(c)?;
    Ok(JurisdictionId(id))
}

pub fn ensure_alliance(
    c: &mut DbConn,
    code: &str,
    name_zh: &str,
    name_en: &str,
    members: &[JurisdictionId],
) -> StoreResult<AllianceId> {
    let existing = alliances::table
        .filter(alliances::code.eq(code))
        .select(alliances::id)
        .first::<i64>(c)
        .optional()?;
    let id = match existing {
        Some(id) => id,
        None => diesel::insert_into(alliances::table)
            .values((
                alliances::code.eq(code),
                alliances::name_zh.eq(name_zh),
                alliances::name_en.eq(name_en),
            ))
            .returning(alliances::id)
            .get_result(c)?,
    };
    for m in members {
        let present: i64 = alliance_members::table
            .filter(alliance_members::alliance_id.eq(id))
            .filter(alliance_members::jurisdiction_id.eq(m.0))
            .count()
            .get_result(c)?;
        if present == 0 {
            diesel::insert_into(alliance_members::table)
                .values((
                    alliance_members::alliance_id.eq(id),
                    alliance_members::jurisdiction_id.eq(m.0),
                ))
                .execute(c)?;
        }
    }
    Ok(AllianceId(id))
}

pub fn alliances(c: &mut DbConn) -> StoreResult<Vec<Alliance>> {
    let rows: Vec<(i64, String, String, String)> = alliances::table
        .select((
            alliances::id,
            alliances::code,
            alliances::name_zh,
            alliances::name_en,
        ))
        .order(alliances::id)
        .load(c)?;
    let mut out = Vec::new();
    for (id, code, name_zh, name_en) in rows {
        let members: Vec<i64> = alliance_members::table
            .filter(alliance_members::alliance_id.eq(id))
            .select(alliance_members::jurisdiction_id)
            .order(alliance_members::jurisdiction_id)
            .load(c)?;
        out.push(Alliance {
            id: AllianceId(id),
            code,
            name_zh,
            name_en,
            members: members.into_iter().map(JurisdictionId).collect(),
        });
    }
    Ok(out)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Enterprise {
    pub id: EnterpriseId,
    pub name: String,
    pub name_zh: String,
    pub jurisdiction_id: JurisdictionId,
    pub industry_chain: String,
    pub cluster: String,
    pub kind: String,
}

#[derive(Debug, Clone)]
pub struct NewEnterprise<'a> {
    pub name: &'a str,
    pub name_zh: &'a str,
    pub jurisdiction_id: JurisdictionId,
    pub industry_chain: &'a str,
    pub cluster: &'a str,
    pub kind: &'a str,
}

/// Registers an enterprise (idempotent by name) and audits a new registration.
pub fn ensure_enterprise(
    c: &mut DbConn,
    e: &NewEnterprise<'_>,
    actor: &Actor,
    now: jiff::Timestamp,
) -> StoreResult<EnterpriseId> {
    if let Some(id) = enterprises::table
        .filter(enterprises::name.eq(e.name))
        .select(enterprises::id)
        .first::<i64>(c)
        .optional()?
    {
        return Ok(EnterpriseId(id));
    }
    let id: i64 = diesel::insert_into(enterprises::table)
        .values((
            enterprises::name.eq(e.name),
            enterprises::name_zh.eq(e.name_zh),
            enterprises::jurisdiction_id.eq(e.jurisdiction_id.0),
            enterprises::industry_chain.eq(e.industry_chain),
            enterprises::cluster.eq(e.cluster),
            enterprises::kind.eq(e.kind),
            enterprises::created_at.eq(micros(now)),
        ))
        .returning(enterprises::id)
        .get_result(c)
        .map_err(|err| {
            if is_unique_violation(&err) {
                crate::StoreError::Domain(DomainError::invalid("name", "enterprise-duplicate"))
            } else {
                err.into()
            }
        })?;
    audit::append(
        c,
        now,
        actor,
        "enterprise.create",
        ("enterprise", Some(id)),
        Some(e.jurisdiction_id),
        serde_json::json!({}),
    )?;
    Ok(EnterpriseId(id))
}

pub fn enterprises(c: &mut DbConn) -> StoreResult<Vec<Enterprise>> {
    let rows: Vec<(i64, String, String, i64, String, String, String)> = enterprises::table
        .select((
            enterprises::id,
            enterprises::name,
            enterprises::name_zh,
            enterprises::jurisdiction_id,
            enterprises::industry_chain,
            enterprises::cluster,
            enterprises::kind,
        ))
        .order(enterprises::name)
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|r| Enterprise {
            id: EnterpriseId(r.0),
            name: r.1,
            name_zh: r.2,
            jurisdiction_id: JurisdictionId(r.3),
            industry_chain: r.4,
            cluster: r.5,
            kind: r.6,
        })
        .collect())
}

/// Resolves a draft's names against the registry, in memory.
#[derive(Debug, Clone)]
pub struct Lookup {
    pub tree: JurisdictionTree,
    pub employers: std::collections::HashMap<String, EnterpriseId>,
}

impl Lookup {
    pub fn load(c: &mut DbConn) -> StoreResult<Self> {
        let tree = tree(c)?;
        let mut employers = std::collections::HashMap::new();
        for e in enterprises(c)? {
            employers.insert(e.name.to_lowercase(), e.id);
            employers.insert(e.name_zh.clone(), e.id);
        }
        Ok(Self { tree, employers })
    }
}

impl rencai_domain::talent::References for Lookup {
    fn jurisdiction(&self, code_or_name: &str) -> Option<JurisdictionId> {
        self.tree.by_code(code_or_name).map(|j| j.id)
    }
    fn employer(&self, name: &str) -> Option<EnterpriseId> {
        self.employers
            .get(name)
            .or_else(|| self.employers.get(&name.to_lowercase()))
            .copied()
    }
}
