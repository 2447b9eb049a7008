package report

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/plan"
)

// percent is a percentage value of a field; dates are date.Date.
type percent float64

// money is a sum in crowns.
type money float64

// scalarFields are the fields a template may use anywhere.
func scalarFields(in *Input) map[string]any {
	r, p := in.Result, in.Project
	m := map[string]any{
		"project.id":           p.ID.Val,
		"project.name":         p.Name.Val,
		"project.registration": p.Registration.Val,
		"project.beneficiary":  p.Beneficiary.Val,
		"project.programme":    p.Programme.Val,
		"project.budget":       "",
		"project.funding":      fundingText(p.Funding),
		"project.start":        r.Start,
		"project.end":          r.End,
		"period":               periodText(r),
		"period.id":            "",
		"period.from":          "",
		"period.to":            "",
		"as_of":                r.AsOf,
		"scope":                scopeText(r),
		"generated_by":         in.Generator,
		"data_version":         in.Data.String(),
		"total.outputs":        float64(r.Total.Outputs),
		"total.index":          percent(r.Total.Index),
	}
	if p.Budget.IsSet() {
		m["project.budget"] = money(p.Budget.Val)
	}
	if r.Period != nil {
		m["period.id"], m["period.from"], m["period.to"] = r.Period.ID, r.Period.From, r.Period.To
	}
	for _, s := range fulfil.Statuses {
		m["total."+string(s)] = float64(r.Total.Counts[s])
	}
	return m
}

func scopeText(r *fulfil.Result) string {
	if r.KA != "" {
		return r.KA
	}
	return "všechny klíčové aktivity"
}

// list is a kind of row a template repeats.
type list struct {
	prefix string
	fields []string
	items  func(in *Input) []map[string]any
}

var lists = []*list{
	{prefix: "output.", items: outputItems, fields: []string{
		"output.ka", "output.activity", "output.id", "output.ref", "output.title", "output.unit",
		"output.target", "output.target_is", "output.in_period", "output.achieved", "output.percent", "output.expected",
		"output.status",
	}},
	{prefix: "ka.", items: kaItems, fields: append([]string{
		"ka.id", "ka.title", "ka.territory", "ka.outputs", "ka.index",
	}, statusFields("ka.")...)},
}

func statusFields(prefix string) []string {
	out := make([]string, len(fulfil.Statuses))
	for i, s := range fulfil.Statuses {
		out[i] = prefix + string(s)
	}
	return out
}

// listNamed is the list a field belongs to, nil for a scalar field.
func listNamed(name string) *list {
	for _, l := range lists {
		if strings.HasPrefix(name, l.prefix) {
			return l
		}
	}
	return nil
}

// outputItems: the outputs reported to the funding body, in plan order.
func outputItems(in *Input) []map[string]any {
	var out []map[string]any
	for _, o := range in.Result.Outputs {
		if !o.Reported {
			continue
		}
		item := map[string]any{
			"output.ka": o.KA, "output.activity": o.Activity, "output.id": o.ID,
			"output.ref": o.Activity + "/" + o.ID, "output.title": o.Title, "output.unit": unitLabel(o.Unit),
			"output.target": o.Target, "output.target_is": targetPrefix(o.TargetIs), "output.in_period": o.InPeriod,
			"output.achieved": o.Achieved, "output.percent": percent(o.Percent), "output.expected": o.Expected,
			"output.status": statusLabel(o.Status),
		}
		if o.IsMilestone() {
			// A milestone has no number: its figures stay empty.
			for _, k := range []string{"output.target", "output.in_period", "output.achieved", "output.percent", "output.expected"} {
				item[k] = ""
			}
		}
		out = append(out, item)
	}
	return out
}

func kaItems(in *Input) []map[string]any {
	names := territoryNames(in.Result)
	var out []map[string]any
	for _, ka := range in.Result.KeyActivities {
		item := map[string]any{
			"ka.id": ka.KA, "ka.title": ka.Title, "ka.territory": names[ka.Territory],
			"ka.outputs": float64(ka.Outputs), "ka.index": percent(ka.Index),
		}
		for _, s := range fulfil.Statuses {
			item["ka."+string(s)] = float64(ka.Counts[s])
		}
		out = append(out, item)
	}
	return out
}

// textOf is a field's value within text, written the Czech way.
func textOf(v any) string {
	switch x := v.(type) {
	case date.Date:
		return czDate(x)
	case percent:
		return strings.Replace(strconv.FormatFloat(float64(x), 'f', 1, 64), ".", ",", 1) + " %"
	case money:
		return czAmount(float64(x))
	case float64:
		return strings.Replace(strconv.FormatFloat(x, 'f', -1, 64), ".", ",", 1)
	}
	return fmt.Sprint(v)
}

// setValue writes a field that fills its cell alone, as a real value.
func (t *filler) setValue(sheet, cell string, v any) error {
	switch x := v.(type) {
	case date.Date:
		if err := t.f.SetCellFloat(sheet, cell, excelDate(x), -1, 64); err != nil {
			return err
		}
		return t.ensureFormat(sheet, cell, fmtDate)
	case percent:
		if err := t.f.SetCellFloat(sheet, cell, fraction(float64(x)), -1, 64); err != nil {
			return err
		}
		return t.ensureFormat(sheet, cell, fmtPercent)
	case money:
		if err := t.f.SetCellFloat(sheet, cell, float64(x), -1, 64); err != nil {
			return err
		}
		return t.ensureFormat(sheet, cell, moneyFormat(float64(x)))
	case float64:
		return t.f.SetCellFloat(sheet, cell, x, -1, 64)
	}
	return t.f.SetCellStr(sheet, cell, textOf(v))
}

// ensureFormat gives a date or percentage the number format it needs when
// the template's cell has none, keeping the rest of its style.
func (t *filler) ensureFormat(sheet, cell, format string) error {
	id, err := t.f.GetCellStyle(sheet, cell)
	if err != nil {
		return err
	}
	if styled, ok := t.formats[formatKey{id, format}]; ok {
		return t.f.SetCellStyle(sheet, cell, cell, styled)
	}
	style, err := t.f.GetStyle(id)
	if err != nil {
		return err
	}
	if style.NumFmt != 0 || style.CustomNumFmt != nil {
		return nil
	}
	style.CustomNumFmt = &format
	styled, err := t.f.NewStyle(style)
	if err != nil {
		return err
	}
	t.formats[formatKey{id, format}] = styled
	return t.f.SetCellStyle(sheet, cell, cell, styled)
}

// moneyFormat shows haléře only when the sum has some.
func moneyFormat(v float64) string {
	if v == math.Trunc(v) {
		return fmtMoney
	}
	return fmtMoneyDecimal
}

// TemplateFields lists every field a template may use, for help texts and
// their tests: the fields of anywhere, sorted, then each list's.
func TemplateFields() []string {
	zero := &Input{Project: &plan.Project{}, Result: &fulfil.Result{}}
	names := slices.Sorted(maps.Keys(scalarFields(zero)))
	for _, l := range lists {
		names = append(names, l.fields...)
	}
	return names
}
