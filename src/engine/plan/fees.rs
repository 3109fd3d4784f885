//! What the applicant pays: free, a fixed amount, a multiple of a dated index on the
//! submission date, or a price the regulation leaves to another act (a named gap).

use super::super::money::Money;
use super::super::regulation::FeeRule;
use super::types::{Charge, PlannedFee};
use super::Ctx;

impl Ctx<'_> {
    pub fn fees(&self) -> Vec<PlannedFee> {
        self.service
            .fees
            .iter()
            .filter(|f| self.listed(&f.when))
            .map(|f| PlannedFee {
                id: f.id.clone(),
                title: f.title.clone(),
                charge: self.charge(&f.rule),
                gap: f.gap.clone(),
                source: f.source.clone(),
            })
            .collect()
    }

    fn charge(&self, rule: &FeeRule) -> Charge {
        match rule {
            FeeRule::Free {} => Charge::Free,
            FeeRule::Fixed { amount, currency } => Charge::Fixed {
                amount: Money::of_major(*amount, currency),
            },
            FeeRule::IndexMultiple { index, multiple } => {
                let table = self.catalog.index(index);
                match table.and_then(|t| t.on(self.submitted).map(|v| (t, v))) {
                    Some((t, v)) => Charge::IndexMultiple {
                        multiple: *multiple,
                        index: index.clone(),
                        index_name: Box::new(t.name.clone()),
                        value: Money::of_major(v.value, &t.currency),
                        on: self.submitted,
                        law: Box::new(v.source.clone()),
                        amount: Money::of_major(multiple * v.value, &t.currency),
                        rounding: Box::new(t.rounding.clone()),
                    },
                    None => Charge::IndexMissing {
                        multiple: *multiple,
                        index: index.clone(),
                        on: self.submitted,
                    },
                }
            }
            FeeRule::PriceList { set_by } => Charge::PriceList {
                set_by: set_by.clone(),
            },
            FeeRule::NotStated {} => Charge::NotStated,
        }
    }
}
