//! Dated indices that fees are set in, such as Kazakhstan's monthly calculation index
//! (МРП / АЕК): `regulations/indices/<id>.json`, one value per period with its law.

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::source::LegalRef;
use super::text::Text;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexFile {
    pub id: String,
    pub name: Text,
    pub currency: String,
    /// How a multiple of the index is rounded, and on what basis.
    pub rounding: Text,
    pub values: Vec<IndexValue>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexValue {
    pub from: Date,
    pub to: Date,
    pub value: f64,
    pub source: LegalRef,
}

impl IndexFile {
    /// The value in force on `date`, if the table covers it.
    pub fn on(&self, date: Date) -> Option<&IndexValue> {
        self.values.iter().find(|v| v.from <= date && date <= v.to)
    }

    /// Problems with the table: gaps or overlaps between periods, non-positive values.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for w in self.values.windows(2) {
            if w[0].to.succ_opt() != Some(w[1].from) {
                out.push(format!(
                    "{}: {} does not follow {} without a gap or overlap",
                    self.id, w[1].from, w[0].to
                ));
            }
        }
        for v in &self.values {
            if v.value <= 0.0 || v.to < v.from {
                out.push(format!(
                    "{}: bad period {}–{} = {}",
                    self.id, v.from, v.to, v.value
                ));
            }
        }
        out
    }
}
