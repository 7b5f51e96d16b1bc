//! The jurisdiction tree (province → city → district/county → town) and alliances.

use crate::ids::{AllianceId, JurisdictionId};
use crate::vocab::JurisdictionLevel;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Jurisdiction {
    pub id: JurisdictionId,
    pub parent_id: Option<JurisdictionId>,
    /// A short stable code, e.g. `hlj-harbin`.
    pub code: String,
    /// The name in Chinese, as written on official documents.
    pub name_zh: String,
    /// The name in Latin script (pinyin or the customary English form).
    pub name_en: String,
    pub level: JurisdictionLevel,
}

impl Jurisdiction {
    /// The name to show: Chinese for Chinese-speaking users, Latin script otherwise.
    pub fn display_name(&self, chinese: bool) -> &str {
        if chinese {
            &self.name_zh
        } else {
            &self.name_en
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alliance {
    pub id: AllianceId,
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub members: Vec<JurisdictionId>,
}

/// The whole tree, loaded once and kept in memory: a province has at most a few
/// thousand nodes, and every access decision needs it.
#[derive(Debug, Clone, Default)]
pub struct JurisdictionTree {
    nodes: HashMap<JurisdictionId, Jurisdiction>,
    children: HashMap<JurisdictionId, Vec<JurisdictionId>>,
    /// Lowercased code, Chinese name and Latin name → node; imports resolve every row.
    names: HashMap<String, JurisdictionId>,
}

impl JurisdictionTree {
    pub fn new(all: Vec<Jurisdiction>) -> Self {
        let mut children: HashMap<JurisdictionId, Vec<JurisdictionId>> = HashMap::new();
        for j in &all {
            if let Some(p) = j.parent_id {
                children.entry(p).or_default().push(j.id);
            }
        }
        for list in children.values_mut() {
            list.sort();
        }
        let mut names = HashMap::new();
        for j in &all {
            names.insert(j.name_en.to_lowercase(), j.id);
            names.insert(j.name_zh.clone(), j.id);
        }
        // Codes win over names when they collide.
        for j in &all {
            names.insert(j.code.to_lowercase(), j.id);
        }
        Self {
            nodes: all.into_iter().map(|j| (j.id, j)).collect(),
            children,
            names,
        }
    }

    pub fn get(&self, id: JurisdictionId) -> Option<&Jurisdiction> {
        self.nodes.get(&id)
    }

    /// A node by its code, Chinese name or Latin name (case-insensitive).
    pub fn by_code(&self, code: &str) -> Option<&Jurisdiction> {
        let key = code.trim();
        self.names
            .get(key)
            .or_else(|| self.names.get(&key.to_lowercase()))
            .and_then(|id| self.nodes.get(id))
    }

    /// The node and everything under it.
    pub fn subtree(&self, root: JurisdictionId) -> BTreeSet<JurisdictionId> {
        let mut out = BTreeSet::new();
        if !self.nodes.contains_key(&root) {
            return out;
        }
        let mut stack = vec![root];
        while let Some(id) = stack.pop() {
            if out.insert(id)
                && let Some(kids) = self.children.get(&id)
            {
                stack.extend(kids.iter().copied());
            }
        }
        out
    }

    /// Root first, the node itself last.
    pub fn ancestry(&self, id: JurisdictionId) -> Vec<&Jurisdiction> {
        let mut chain = Vec::new();
        let mut cur = self.nodes.get(&id);
        while let Some(j) = cur {
            chain.push(j);
            cur = j.parent_id.and_then(|p| self.nodes.get(&p));
            if chain.len() > 16 {
                break; // a cycle would be a data error; never loop forever on it
            }
        }
        chain.reverse();
        chain
    }

    /// All nodes in depth-first order with their depth, for pickers and filters.
    pub fn ordered(&self) -> Vec<(usize, &Jurisdiction)> {
        let mut roots: Vec<_> = self
            .nodes
            .values()
            .filter(|j| j.parent_id.is_none())
            .collect();
        roots.sort_by_key(|j| j.id);
        let mut out = Vec::new();
        let mut stack: Vec<(usize, JurisdictionId)> =
            roots.iter().rev().map(|j| (0, j.id)).collect();
        while let Some((depth, id)) = stack.pop() {
            if let Some(j) = self.nodes.get(&id) {
                out.push((depth, j));
                if let Some(kids) = self.children.get(&id) {
                    stack.extend(kids.iter().rev().map(|k| (depth + 1, *k)));
                }
            }
        }
        out
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(id: i64, parent: Option<i64>, code: &str) -> Jurisdiction {
        Jurisdiction {
            id: JurisdictionId(id),
            parent_id: parent.map(JurisdictionId),
            code: code.into(),
            name_zh: code.into(),
            name_en: code.into(),
            level: JurisdictionLevel::City,
        }
    }

    #[test]
    fn subtree_and_ancestry() {
        let t = JurisdictionTree::new(vec![
            j(1, None, "p"),
            j(2, Some(1), "c1"),
            j(3, Some(1), "c2"),
            j(4, Some(2), "d1"),
        ]);
        let ids: Vec<i64> = t
            .subtree(JurisdictionId(2))
            .into_iter()
            .map(|i| i.0)
            .collect();
        assert_eq!(ids, vec![2, 4]);
        assert_eq!(t.subtree(JurisdictionId(1)).len(), 4);
        assert!(t.subtree(JurisdictionId(99)).is_empty());
        let chain: Vec<&str> = t
            .ancestry(JurisdictionId(4))
            .iter()
            .map(|j| j.code.as_str())
            .collect();
        assert_eq!(chain, vec!["p", "c1", "d1"]);
        let order: Vec<&str> = t.ordered().iter().map(|(_, j)| j.code.as_str()).collect();
        assert_eq!(order, vec!["p", "c1", "d1", "c2"]);
        assert_eq!(t.by_code("C2").map(|j| j.id), Some(JurisdictionId(3)));
    }
}
