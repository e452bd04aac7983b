package scenario

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/invopop/jsonschema"
)

// JSONSchema generates the JSON Schema of the scenario format from the Go
// types, with TOML key names and every definition inlined (TOML editors such
// as Taplo read it through a `#:schema` comment). The generated text is kept
// in assets/scenario.schema.json; a test checks that it is current.
func JSONSchema() ([]byte, error) {
	r := &jsonschema.Reflector{
		FieldNameTag:               "toml",
		ExpandedStruct:             true,
		DoNotReference:             true,
		RequiredFromJSONSchemaTags: true, // required keys are set below, type by type
		Anonymous:                  true,
	}
	s := r.Reflect(&Scenario{})
	// Only keywords every draft since 7 shares are used, and draft 7 is what
	// most editors understand.
	s.Version = "http://json-schema.org/draft-07/schema#"
	s.ID = SchemaID
	s.Title = "Brink scenario"
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

const idPatternJSON = `^[a-z0-9][a-z0-9_-]*$`

func idSchema(what string) *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: idPatternJSON,
		Description: what + ": lower-case letters, digits, - and _"}
}

func num(n int) json.Number { return json.Number(strconv.Itoa(n)) }

func count(n uint64) *uint64 { return &n }

// doc sets each key's description and, where given, its default.
func doc(s *jsonschema.Schema, docs [][3]any) {
	for _, d := range docs {
		p, ok := s.Properties.Get(d[0].(string))
		if !ok {
			panic("scenario schema: no key " + d[0].(string))
		}
		p.Description = d[1].(string)
		if d[2] != nil {
			p.Default = d[2]
		}
	}
}

func prop(s *jsonschema.Schema, key string) *jsonschema.Schema {
	p, ok := s.Properties.Get(key)
	if !ok {
		panic("scenario schema: no key " + key)
	}
	return p
}

// JSONSchema describes text: a plain string (English) or a table of languages.
func (Text) JSONSchema() *jsonschema.Schema {
	langs := jsonschema.NewProperties()
	langs.Set("en", &jsonschema.Schema{Type: "string", Description: "English"})
	langs.Set("zh", &jsonschema.Schema{Type: "string", Description: "Chinese (中文)"})
	return &jsonschema.Schema{
		OneOf: []*jsonschema.Schema{
			{Type: "string"},
			{Type: "object", Properties: langs, AdditionalProperties: jsonschema.FalseSchema},
		},
	}
}

// JSONSchema describes effects: meter id to a whole number, or to a table of
// team ids (and, in options, self and others) to whole numbers.
func (Effects) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:          "object",
		PropertyNames: idSchema("a meter id"),
		AdditionalProperties: &jsonschema.Schema{
			OneOf: []*jsonschema.Schema{
				{Type: "integer", Description: "the change to a shared meter, or to the acting team's value of a per-team meter"},
				{Type: "object", Description: "per-team changes: team ids, self or others (self and others in options only)",
					PropertyNames: idSchema("a team id, self or others"), AdditionalProperties: &jsonschema.Schema{Type: "integer"}},
			},
		},
	}
}

// JSONSchemaExtend adds the scenario's required keys, bounds and help.
func (Scenario) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "A Brink scenario: one crisis, its teams, meters, flags, channels and injects. See content/FORMAT.md."
	s.Required = []string{"id", "title", "rounds", "teams", "injects"}
	doc(s, [][3]any{
		{"id", "the scenario's id: lower-case letters, digits, - and _", nil},
		{"title", "the scenario's title (text)", nil},
		{"summary", "one paragraph, shown in the scenario list (text)", nil},
		{"rounds", "the most rounds a game lasts", nil},
		{"minutes", "how long a game takes a table of people, first brief to scorecard, in minutes (shown in the scenario list)", nil},
		{"difficulty", "introductory, intermediate or advanced (shown in the scenario list)", nil},
		{"teams", "the delegations, at least 2; effects apply in this order", nil},
		{"meters", "meters: declare tension, trust or interests to change them, or new ones", nil},
		{"flags", "named facts of the game that options and rules set and clear", nil},
		{"channels", "lines of communication, such as the hotline", nil},
		{"scoring", "scoring constants", nil},
		{"injects", "the events of the game, at least 1", nil},
		{"debrief", "questions for the room after the game (text)", nil},
		{"sources", "what the scenario draws on", nil},
	})
	prop(s, "id").Pattern = idPatternJSON
	prop(s, "rounds").Minimum = num(1)
	prop(s, "minutes").Minimum = num(1)
	prop(s, "minutes").Maximum = num(600)
	for _, d := range Difficulties {
		prop(s, "difficulty").Enum = append(prop(s, "difficulty").Enum, d)
	}
	prop(s, "rounds").Maximum = num(MaxRounds)
	prop(s, "teams").MinItems = count(2)
	prop(s, "injects").MinItems = count(1)
}

// JSONSchemaExtend adds a team's required keys and help.
func (Team) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "A delegation."
	s.Required = []string{"id", "name"}
	doc(s, [][3]any{
		{"id", "the team's id, e.g. cn or us; unique", nil},
		{"name", "e.g. U.S. delegation (text)", nil},
		{"short", "a 2–4 letter label for narrow screens; default: the id in capitals", nil},
		{"description", "who the team plays (text)", nil},
		{"lines", "stock hotline messages a computer-played seat may send (text)", nil},
	})
	prop(s, "id").Pattern = idPatternJSON
}

// JSONSchemaExtend adds a meter's required keys and help.
func (Meter) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "A bounded number: shared, or one value per team. A key left out takes the value given here, not the default meter's."
	s.Required = []string{"id"}
	doc(s, [][3]any{
		{"id", "unique; tension, trust and interests exist without being declared", nil},
		{"name", "the meter's name (text)", nil},
		{"description", "what the meter measures (text)", nil},
		{"per_team", "one value per team", false},
		{"min", "lower bound; every effect clamps at it", 0},
		{"max", "upper bound; every effect clamps at it", 100},
		{"start", "the value at the start, within the bounds", 0},
		{"thresholds", "named values within the bounds (tension: resolved, crisis, catastrophe; trust: low, resolved)", nil},
	})
	prop(s, "id").Pattern = idPatternJSON
}

// JSONSchemaExtend adds a flag's required keys and help.
func (Flag) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "A named fact of the game, read in conditions as flags.<id>."
	s.Required = []string{"id"}
	doc(s, [][3]any{
		{"id", "unique", nil},
		{"default", "the value at the start", false},
		{"description", "what the flag records (text)", nil},
	})
	prop(s, "id").Pattern = idPatternJSON
}

// JSONSchemaExtend adds a channel's required keys and help.
func (Channel) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "A line of communication, read in conditions as channels.<id>."
	s.Required = []string{"id", "name"}
	doc(s, [][3]any{
		{"id", "unique, e.g. hotline", nil},
		{"name", "the channel's name (text)", nil},
		{"open", "open at the start", true},
		{"teams", "team ids that may use it; default: every team", nil},
	})
	prop(s, "id").Pattern = idPatternJSON
}

// JSONSchemaExtend adds the scoring constants' bounds and help.
func (Scoring) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "Scoring constants."
	doc(s, [][3]any{
		{"hotline", "intent points for using an open channel before deciding", 2},
		{"assessment", "the scale of assessment points (Brier skill × scale)", 10},
	})
	h, a := prop(s, "hotline"), prop(s, "assessment")
	h.Minimum, h.Maximum = num(0), num(20)
	a.Minimum, a.Maximum = num(0), num(50)
}

// JSONSchemaExtend adds an inject's required keys and help.
func (Inject) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "One round's event: scheduled (round), a follow-up (named by some follow), or conditional (when, no round)."
	s.Required = []string{"id", "title", "brief"}
	doc(s, [][3]any{
		{"id", "unique", nil},
		{"title", "the inject's title (text)", nil},
		{"date", "when it happens in the story (text)", nil},
		{"round", "the schedule slot it fills, 1..rounds; several injects in one slot are weighted alternatives; 0: unscheduled", 0},
		{"when", "condition: the inject fires only while this holds", nil},
		{"weight", "chance among the alternatives of the same slot", 1},
		{"repeat", "may fire more than once", false},
		{"ends", "the game ends after this inject's round; with no options it is the epilogue", false},
		{"brief", "the public narrative every seat sees (text)", nil},
		{"intel", "each team's private intelligence: intel.<team> (text)", nil},
		{"assess", "each team's intent question: assess.<team>", nil},
		{"options", "each team's responses: options.<team>, an array of tables; every team needs at least one", nil},
		{"rules", "combination rules, tried at the reveal in file order", nil},
	})
	prop(s, "id").Pattern = idPatternJSON
	prop(s, "round").Minimum = num(0)
	prop(s, "weight").Minimum = num(0)
	for _, k := range []string{"intel", "assess", "options"} {
		prop(s, k).PropertyNames = idSchema("a team id")
	}
}

// JSONSchemaExtend adds an assessment's required keys and help.
func (Assess) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "A team's intent question: it states a hypothesis and a confidence before deciding."
	s.Required = []string{"question", "truth", "hypotheses"}
	doc(s, [][3]any{
		{"question", "the question (text)", nil},
		{"truth", `the id of the true hypothesis, or "choice": the hypothesis whose stances hold the about team's choice`, nil},
		{"about", `with truth = "choice": the team whose choice this round is the truth`, nil},
		{"hypotheses", "at least 2", nil},
	})
	prop(s, "hypotheses").MinItems = count(2)
}

// JSONSchemaExtend adds a hypothesis's required keys and bounds.
func (Hypothesis) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "One possible read of the situation."
	s.Required = []string{"id", "text"}
	doc(s, [][3]any{
		{"id", "unique in its assessment", nil},
		{"text", "the hypothesis (text)", nil},
		{"stances", `with truth = "choice": [low, high] within -2..2; every stance must fall in exactly one hypothesis`, nil},
	})
	prop(s, "id").Pattern = idPatternJSON
	st := prop(s, "stances")
	st.MinItems, st.MaxItems = count(2), count(2)
	st.Items.Minimum, st.Items.Maximum = num(-2), num(2)
}

// JSONSchemaExtend adds an option's required keys, bounds and help.
func (Option) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "One response a team may choose."
	s.Required = []string{"id", "label"}
	doc(s, [][3]any{
		{"id", "unique among the team's options in this inject", nil},
		{"label", "what the delegation does, in a few words (text)", nil},
		{"description", "the detail (text)", nil},
		{"stance", "-2 conciliatory … +2 coercive", 0},
		{"visibility", "a press conference (public) or a démarche (private)", "private"},
		{"when", "condition: offered only while this holds at the start of the round", nil},
		{"effects", "meter id = change; a per-team meter takes a number (the acting team) or { self = …, others = …, <team> = … }", nil},
		{"marks", "marks.<principle> = { weight = W, reason = \"…\" }; principles: intent, face, time, sum", nil},
		{"set", "flag ids set at the reveal", nil},
		{"clear", "flag ids cleared at the reveal", nil},
		{"follow", "inject ids queued as follow-ups for the next rounds", nil},
		{"open", "channel ids opened at the reveal", nil},
		{"close", "channel ids closed at the reveal", nil},
		{"historical", "what the real government did", false},
		{"hold", "what the team does when its time runs out (at most one per team)", false},
		{"result", "a line shown at the reveal when this option was chosen (text)", nil},
	})
	prop(s, "id").Pattern = idPatternJSON
	st := prop(s, "stance")
	st.Minimum, st.Maximum = num(-2), num(2)
	prop(s, "visibility").Enum = []any{"public", "private"}
	prop(s, "marks").PropertyNames = principleNames()
}

func principleNames() *jsonschema.Schema {
	out := &jsonschema.Schema{Type: "string", Description: "a principle"}
	for _, p := range Principles {
		out.Enum = append(out.Enum, p)
	}
	return out
}

// JSONSchemaExtend adds a mark's required keys and bounds.
func (Mark) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "A weight on one principle, with the evidence line a player reads."
	s.Required = []string{"weight", "reason"}
	doc(s, [][3]any{
		{"weight", "a whole number from -50 to 50, not 0", nil},
		{"reason", "why the act earns or loses, in one line (text)", nil},
	})
	w := prop(s, "weight")
	w.Minimum, w.Maximum = num(-50), num(50)
	w.Not = &jsonschema.Schema{Const: 0}
}

// JSONSchemaExtend adds a rule's required keys and help.
func (Rule) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "A combination rule: fires at the reveal when its condition over every team's choice holds."
	s.Required = []string{"when"}
	doc(s, [][3]any{
		{"id", "a name for the reports", nil},
		{"when", `condition; may use picked("team", "option") and this round's stance("team")`, nil},
		{"narrative", "shown at the reveal when the rule fires (text)", nil},
		{"effects", "as for options, but a per-team meter names its teams: { us = 2, cn = -2 }", nil},
		{"marks", "marks.<team>.<principle> = { weight = W, reason = \"…\" }", nil},
		{"set", "flag ids set", nil},
		{"clear", "flag ids cleared", nil},
		{"follow", "inject ids queued as follow-ups", nil},
		{"open", "channel ids opened", nil},
		{"close", "channel ids closed", nil},
		{"stop", "no later rule of this inject is tried", false},
	})
	m := prop(s, "marks")
	m.PropertyNames = idSchema("a team id")
	m.AdditionalProperties.PropertyNames = principleNames()
}

// JSONSchemaExtend adds a source's required keys and help.
func (Source) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Description = "A citation."
	s.Required = []string{"title"}
	doc(s, [][3]any{
		{"title", "the work cited (text)", nil},
		{"where", "a section or page", nil},
		{"url", "a link", nil},
	})
}
