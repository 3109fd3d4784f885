//! What the applicant pays: free, a fixed amount, a multiple of a dated index on the
//! submission date, or a price the regulation leaves to another act (a named gap).

use super::types::{Charge, PlannedFee};
use super::Ctx;
use crate::engine::money::Money;
use crate::engine::regulation::FeeRule;

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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::engine::catalog::Catalog;
    use crate::engine::money::Money;
    use crate::engine::plan::testing::{answers, ctx, d, Fixture};
    use crate::engine::plan::types::{Charge, PlannedFee};
    use crate::engine::text::Text;

    fn fees(c: &Catalog, day: &str, pairs: &[(&str, &str)]) -> Vec<PlannedFee> {
        let a = answers(pairs);
        ctx(c, "first", d(day), &a).fees()
    }

    fn charge(c: &Catalog, day: &str, id: &str) -> Charge {
        fees(c, day, &[])
            .into_iter()
            .find(|f| f.id == id)
            .unwrap()
            .charge
    }

    fn kzt(minor: i64) -> Money {
        Money {
            minor,
            currency: "KZT".into(),
        }
    }

    #[test]
    fn a_fee_in_mrp_takes_the_value_in_force_on_the_day_even_mid_year() {
        // kz-mrp: 2 525 ₸ in 2019; 2 651 ₸ from 01.01 to 31.03.2020; 2 778 ₸ from
        // 01.04.2020 (the budget law amended mid-year). 2.5 МРП, to the tiyn:
        // 6 312.50, 6 627.50, 6 627.50 and 6 945.00 ₸.
        let c = Fixture::new().catalog();
        let mrp = c.index("kz-mrp").unwrap();
        let cases = [
            ("2019-12-31", 2525, 631_250),
            ("2020-01-01", 2651, 662_750),
            ("2020-03-31", 2651, 662_750),
            ("2020-04-01", 2778, 694_500),
        ];
        for (day, value, amount) in cases {
            let law = mrp.on(d(day)).unwrap().source.clone();
            assert_eq!(
                charge(&c, day, "state-duty"),
                Charge::IndexMultiple {
                    multiple: 2.5,
                    index: "kz-mrp".into(),
                    index_name: Box::new(mrp.name.clone()),
                    value: kzt(value * 100),
                    on: d(day),
                    law: Box::new(law),
                    amount: kzt(amount),
                    rounding: Box::new(mrp.rounding.clone()),
                },
                "{day}"
            );
        }
    }

    #[test]
    fn no_amount_is_made_up_where_the_index_has_no_value() {
        // The table ends on 31.12.2026 (4 325 ₸ × 2.5 = 10 812.50 ₸); no budget law yet
        // sets the МРП for 2027. (An index with no table at all is refused when the
        // catalogue loads.)
        let c = Fixture::new().catalog();
        assert!(matches!(
            charge(&c, "2026-12-31", "state-duty"),
            Charge::IndexMultiple { amount, .. } if amount == kzt(1_081_250)
        ));
        assert_eq!(
            charge(&c, "2027-01-01", "state-duty"),
            Charge::IndexMissing {
                multiple: 2.5,
                index: "kz-mrp".into(),
                on: d("2027-01-01")
            }
        );
    }

    #[test]
    fn a_fixed_fee_keeps_its_tiyn_and_a_conditional_one_is_listed_unless_ruled_out() {
        let c = Fixture::new().catalog();
        let ids = |pairs: &[(&str, &str)]| -> Vec<String> {
            fees(&c, "2025-03-19", pairs)
                .into_iter()
                .map(|f| f.id)
                .collect()
        };
        // The urgency fee applies when urgent: listed while unanswered, not when `no`.
        assert_eq!(ids(&[]), ["state-duty", "blank", "urgency"]);
        assert_eq!(
            ids(&[("urgent", "yes")]),
            ["state-duty", "blank", "urgency"]
        );
        assert_eq!(ids(&[("urgent", "no")]), ["state-duty", "blank"]);
        let service = c.service(crate::engine::plan::testing::ID).unwrap();
        let blank = fees(&c, "2025-03-19", &[]).remove(1);
        assert_eq!(
            blank,
            PlannedFee {
                id: "blank".into(),
                title: service.fees[1].title.clone(),
                charge: Charge::Fixed {
                    amount: kzt(150_050)
                },
                gap: None,
                source: service.fees[1].source.clone(),
            }
        );
        assert_eq!(
            charge(&c, "2025-03-19", "urgency"),
            Charge::Fixed {
                amount: kzt(300_000)
            }
        );
    }

    #[test]
    fn free_price_list_and_unstated_fees_carry_no_amount_of_their_own() {
        let c = Fixture::new()
            .edit(|s| {
                s["fees"][0]["rule"] = json!({"kind": "free"});
                s["fees"][1]["rule"] =
                    json!({"kind": "price_list", "set_by": {"en": "the provider's price list"}});
                s["fees"][1]["gap"] = json!("prices");
                s["fees"][2]["rule"] = json!({"kind": "not_stated"});
            })
            .catalog();
        let got: Vec<(String, Charge, Option<String>)> = fees(&c, "2025-03-19", &[])
            .into_iter()
            .map(|f| (f.id, f.charge, f.gap))
            .collect();
        assert_eq!(
            got,
            [
                ("state-duty".into(), Charge::Free, None),
                (
                    "blank".into(),
                    Charge::PriceList {
                        set_by: Text::en("the provider's price list")
                    },
                    Some("prices".into())
                ),
                ("urgency".into(), Charge::NotStated, None),
            ]
        );
    }
}
