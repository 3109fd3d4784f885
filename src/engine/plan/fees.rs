//! What the applicant pays: free, a fixed amount, a multiple of a dated index on the
//! submission date, or a price the regulation leaves to another act (a named gap).

use super::super::date::dotted;
use super::super::msg::{self, render, M};
use super::super::regulation::FeeRule;
use super::types::PlannedFee;
use super::Ctx;

impl Ctx<'_> {
    pub fn fees(&self) -> Vec<PlannedFee> {
        self.service
            .fees
            .iter()
            .filter(|f| self.listed(&f.when))
            .map(|f| {
                let (amount, currency, basis) = match &f.rule {
                    FeeRule::Free => (Some(0.0), None, msg::text(M::FeeFree)),
                    FeeRule::Fixed { amount, currency } => (
                        Some(*amount),
                        Some(currency.clone()),
                        render(
                            M::FeeFixed,
                            &[
                                ("amount", amount.to_string().into()),
                                ("currency", currency.as_str().into()),
                            ],
                        ),
                    ),
                    FeeRule::IndexMultiple { index, multiple } => {
                        let table = self.catalog.index(index);
                        match table.and_then(|t| t.on(self.submitted).map(|v| (t, v))) {
                            Some((t, v)) => {
                                let amount = (multiple * v.value * 100.0).round() / 100.0;
                                (
                                    Some(amount),
                                    Some(t.currency.clone()),
                                    render(
                                        M::FeeIndex,
                                        &[
                                            ("multiple", multiple.to_string().into()),
                                            ("index", (&t.name).into()),
                                            ("value", v.value.to_string().into()),
                                            ("currency", t.currency.as_str().into()),
                                            ("date", dotted(self.submitted).into()),
                                            ("law", v.source.citation().into()),
                                            ("amount", amount.to_string().into()),
                                        ],
                                    ),
                                )
                            }
                            None => (
                                None,
                                None,
                                render(
                                    M::FeeIndexMissing,
                                    &[
                                        ("multiple", multiple.to_string().into()),
                                        ("index", index.as_str().into()),
                                        ("date", dotted(self.submitted).into()),
                                    ],
                                ),
                            ),
                        }
                    }
                    FeeRule::PriceList { set_by } => (None, None, set_by.clone()),
                    FeeRule::NotStated => (None, None, msg::text(M::FeeNotStated)),
                };
                PlannedFee {
                    id: f.id.clone(),
                    title: f.title.clone(),
                    amount,
                    currency,
                    basis,
                    gap: f.gap.clone(),
                    source: f.source.clone(),
                }
            })
            .collect()
    }
}
