// Message texts of the spec module (see messages.hpp).
#include "common/messages.hpp"

namespace routekaart {

std::vector<LegacyMessage> spec_messages() {
  return {
      // The command
      {"spec.no_file", "name the intervention file to describe, or use --blank",
       "geef het interventiebestand op dat beschreven moet worden, of gebruik --blank"},
      {"spec.no_file.hint", "routekaart spec FILE.yaml, or routekaart spec --blank",
       "routekaart spec BESTAND.yaml, of routekaart spec --blank"},
      {"spec.blank_and_file", "--blank writes the empty skeleton and takes no file",
       "--blank schrijft het lege sjabloon en neemt geen bestand"},
      {"spec.blank_and_file.hint", "leave out --blank to describe the file, or leave out the file",
       "laat --blank weg om het bestand te beschrijven, of laat het bestand weg"},
      {"spec.one_file", "spec describes one file at a time; got {}",
       "spec beschrijft één bestand tegelijk; er zijn er {} opgegeven"},
      {"spec.one_file.hint", "run routekaart spec once for each file",
       "draai routekaart spec voor elk bestand apart"},
      {"spec.written_with_problems",
       "{}: the file has problems (above); the document was written from the parts that could be "
       "read",
       "{}: het bestand heeft problemen (hierboven); het document is geschreven uit de delen die "
       "gelezen konden worden"},
      {"spec.todos.none", "no placeholders (TODO) remain", "geen invulplekken (TODO) meer"},
      {"spec.todos.one", "1 placeholder (TODO) remains", "nog 1 invulplek (TODO)"},
      {"spec.todos.many", "{} placeholders (TODO) remain", "nog {} invulplekken (TODO)"},
      // The marker of every placeholder: keep the word TODO in both languages.
      {"spec.todo", "TODO: {}", "TODO: {}"},
      {"spec.todo.keys", "In the file: {}.", "In het bestand: {}."},
      // Title and introduction
      {"spec.title", "{}: working method", "{}: werkwijze"},
      {"spec.title.blank", "Working method", "Werkwijze"},
      {"spec.intro",
       "This document describes the working method of the intervention, as signpost 12 of the "
       "roadmap asks (Heyne & Brouwer-Borghuis, 2022). It was written by routekaart spec from {}.",
       "Dit document beschrijft de werkwijze van de interventie, zoals wegwijzer 12 van de "
       "routekaart vraagt (Heyne & Brouwer-Borghuis, 2022). Het is geschreven door routekaart spec "
       "uit {}."},
      {"spec.intro.blank",
       "This is an empty skeleton for describing the working method of an intervention, as "
       "signpost 12 of the roadmap asks (Heyne & Brouwer-Borghuis, 2022).",
       "Dit is een leeg sjabloon om de werkwijze van een interventie te beschrijven, zoals "
       "wegwijzer 12 van de routekaart vraagt (Heyne & Brouwer-Borghuis, 2022)."},
      {"spec.intro.todo",
       "Places still to fill in are marked TODO; fill them in the intervention file and write "
       "this document again.",
       "Plekken die nog ingevuld moeten worden zijn gemarkeerd met TODO; vul ze in het "
       "interventiebestand in en schrijf dit document opnieuw."},
      // Section headings (the TIDieR table links to them)
      {"spec.h.summary", "Summary", "Samenvatting"},
      {"spec.h.end_result", "End result", "Eindresultaat"},
      {"spec.h.goals", "Goals", "Doelen"},
      {"spec.h.methods", "Methods", "Methoden"},
      {"spec.h.logic", "Logic model", "Logisch model"},
      {"spec.h.integrity", "Problems in the logic model", "Problemen in het logisch model"},
      {"spec.h.flex", "Flexibility and standardisation", "Flexibiliteit en standaardisatie"},
      {"spec.h.standard", "Fixed for every young person", "Vast voor iedere jongere"},
      {"spec.h.flexible", "Tailored", "Maatwerk"},
      {"spec.h.undecided", "Not yet decided", "Nog niet besloten"},
      {"spec.h.phases", "Phases", "Fasen"},
      {"spec.h.team", "Team", "Team"},
      {"spec.h.resources", "Resources", "Middelen"},
      {"spec.h.practice", "How we work", "Zo werken wij"},
      {"spec.h.signpost", "Signpost {}: {}", "Wegwijzer {}: {}"},
      {"spec.h.tidier", "TIDieR checklist", "TIDieR-checklist"},
      // Summary
      {"spec.f.organisation", "Organisation", "Organisatie"},
      {"spec.f.contact", "Contact", "Contact"},
      {"spec.f.setting", "Setting", "Setting"},
      {"spec.f.tier", "Tier", "Niveau (tier)"},
      {"spec.f.target_group", "Target group", "Doelgroep"},
      {"spec.f.ages", "Ages", "Leeftijd"},
      {"spec.f.school_types", "School types", "Schooltypen"},
      {"spec.f.group_size", "Group size", "Groepsgrootte"},
      {"spec.f.duration_weeks", "Duration", "Duur"},
      {"spec.setting.education", "education", "onderwijs"},
      {"spec.setting.care", "care services", "hulpverlening"},
      {"spec.setting.combined", "education and care services together",
       "onderwijs en hulpverlening samen"},
      {"spec.ages", "{} to {} years", "{} tot en met {} jaar"},
      {"spec.group_size", "{} young people", "{} jongeren"},
      {"spec.weeks", "{} weeks", "{} weken"},
      {"spec.todo.name", "Give the intervention a name.", "Geef de interventie een naam."},
      {"spec.todo.summary", "Describe the intervention in a few sentences.",
       "Beschrijf de interventie in een paar zinnen."},
      {"spec.todo.organisation",
       "Name the organisation or organisations that deliver the intervention.",
       "Noem de organisatie of organisaties die de interventie uitvoeren."},
      {"spec.todo.setting",
       "Say whether the intervention is delivered in education, in care services or in both.",
       "Geef aan of de interventie in het onderwijs, in de hulpverlening of in beide wordt "
       "uitgevoerd."},
      {"spec.todo.tier",
       "Say for which tier of support the intervention is meant; the signposts are written for "
       "tier 3.",
       "Geef aan voor welk niveau van ondersteuning de interventie bedoeld is; de wegwijzers zijn "
       "geschreven voor niveau 3."},
      {"spec.todo.target_group", "Describe for whom the intervention is meant.",
       "Beschrijf voor wie de interventie bedoeld is."},
      {"spec.todo.ages", "Give the youngest and the oldest age.",
       "Geef de jongste en de oudste leeftijd."},
      {"spec.todo.school_types", "List the school types the young people come from.",
       "Noem de schooltypen waar de jongeren vandaan komen."},
      {"spec.todo.group_size", "Say how many young people take part at the same time.",
       "Geef aan hoeveel jongeren tegelijk deelnemen."},
      {"spec.todo.duration_weeks", "Give the usual duration in weeks.",
       "Geef de gebruikelijke duur in weken."},
      // Goals and methods
      {"spec.col.id", "Id", "Id"},
      {"spec.col.goal", "Goal", "Doel"},
      {"spec.col.indicator", "Indicator", "Indicator"},
      {"spec.todo.indicator", "Goal {}: add an indicator: how do you see that it is reached?",
       "Doel {}: voeg een indicator toe: waaraan zien jullie dat het bereikt is?"},
      {"spec.method.goals", "Goals: {}", "Doelen: {}"},
      {"spec.method.signposts", "Signposts: {}", "Wegwijzers: {}"},
      {"spec.method.mode", "Standard or flexible: {}", "Standaard of flexibel: {}"},
      {"spec.method.tailoring", "Tailoring: {}", "Maatwerk: {}"},
      {"spec.mode.standard", "standard", "standaard"},
      {"spec.mode.flexible", "flexible", "flexibel"},
      {"spec.mode.none", "not decided", "niet besloten"},
      {"spec.none", "none", "geen"},
      {"spec.unknown_goal", "{} (unknown goal)", "{} (onbekend doel)"},
      {"spec.unknown_signpost", "{} (no such signpost)", "{} (bestaat niet)"},
      {"spec.todo.description", "Method {}: describe what happens.",
       "Methode {}: beschrijf wat er gebeurt."},
      {"spec.todo.method_goals", "Method {}: name the goals it serves.",
       "Methode {}: noem de doelen waar ze aan bijdraagt."},
      {"spec.todo.method_signposts", "Method {}: name the signposts it puts into practice.",
       "Methode {}: noem de wegwijzers die ze in praktijk brengt."},
      {"spec.todo.mode",
       "Method {}: say whether it is the same for every young person (standard) or tailored "
       "(flexible).",
       "Methode {}: geef aan of ze voor iedere jongere hetzelfde is (standard) of op maat "
       "(flexible)."},
      {"spec.todo.tailoring", "Method {}: describe when and how you tailor it.",
       "Methode {}: beschrijf wanneer en hoe jullie haar op maat maken."},
      // Logic model
      {"spec.logic.intro",
       "Which method serves which goal, and how the goals lead to the end result, as the team "
       "sees it.",
       "Welke methode aan welk doel bijdraagt en hoe de doelen tot het eindresultaat leiden, "
       "zoals het team het ziet."},
      {"spec.col.method", "Method", "Methode"},
      {"spec.col.goals", "Goals", "Doelen"},
      {"spec.col.end_result", "End result", "Eindresultaat"},
      {"spec.logic.no_method", "(no method)", "(geen methode)"},
      {"spec.integrity.none",
       "routekaart check finds no problems in the links between methods, goals and end result "
       "(RK201 to RK205).",
       "routekaart check vindt geen problemen in de verbanden tussen methoden, doelen en "
       "eindresultaat (RK201 tot en met RK205)."},
      {"spec.integrity.intro", "routekaart check finds these problems in the method:",
       "routekaart check vindt deze problemen in de werkwijze:"},
      {"spec.col.place", "Place", "Plaats"},
      {"spec.col.rule", "Rule", "Regel"},
      {"spec.col.severity", "Severity", "Ernst"},
      {"spec.col.problem", "Problem", "Probleem"},
      {"spec.col.remedy", "Remedy", "Oplossing"},
      // Flexibility and standardisation
      {"spec.flex.intro",
       "What the team does the same way for every young person, and what it tailors, when and "
       "how.",
       "Wat het team voor iedere jongere op dezelfde manier doet, en wat het op maat maakt, "
       "wanneer en hoe."},
      {"spec.flex.no_standard", "No method is marked as standard.",
       "Geen methode is als standaard aangemerkt."},
      {"spec.flex.no_flexible", "No method is marked as flexible.",
       "Geen methode is als flexibel aangemerkt."},
      {"spec.flex.undecided", "These methods are not yet marked as standard or flexible: {}.",
       "Deze methoden zijn nog niet als standaard of flexibel aangemerkt: {}."},
      // Phases, team, resources
      {"spec.col.phase", "Phase", "Fase"},
      {"spec.col.weeks", "Weeks", "Weken"},
      {"spec.col.focus", "Focus", "Focus"},
      {"spec.phases.total", "Together {} weeks.", "Samen {} weken."},
      {"spec.phases.total_duration",
       "Together {} weeks; the usual duration of the intervention is {} weeks.",
       "Samen {} weken; de gebruikelijke duur van de interventie is {} weken."},
      {"spec.see_also", "The daily rhythm and structure: see {}.",
       "Het dagritme en de structuur: zie {}."},
      {"spec.col.role", "Role", "Rol"},
      {"spec.col.hours", "Hours per week", "Uren per week"},
      {"spec.col.expertise", "Expertise", "Expertise"},
      {"spec.team.total", "Together {} hours per week.", "Samen {} uur per week."},
      {"spec.not_applicable", "Signpost {} does not apply to this intervention: {}",
       "Wegwijzer {} is niet van toepassing op deze interventie: {}"},
      {"spec.res.funding", "Funding:", "Financiering:"},
      {"spec.res.facilities", "Facilities:", "Voorzieningen:"},
      {"spec.res.time", "Time: {}", "Tijd: {}"},
      {"spec.todo.funding", "Describe how the intervention is funded.",
       "Beschrijf hoe de interventie wordt gefinancierd."},
      {"spec.todo.facilities", "List the rooms and materials the intervention uses.",
       "Noem de ruimtes en materialen die de interventie gebruikt."},
      {"spec.todo.time",
       "Describe the time there is for developing, recording, delivering and evaluating the "
       "intervention.",
       "Beschrijf hoeveel tijd er is om de interventie te ontwikkelen, vast te leggen, uit te "
       "voeren en te evalueren."},
      // How we work, per signpost
      {"spec.practice.intro",
       "For each signpost of the roadmap: where the team stands and how it "
       "works.",
       "Per wegwijzer van de routekaart: hoe ver het team is en hoe het werkt."},
      {"spec.practice.status", "Status: {}; {}.", "Status: {}; {}."},
      {"spec.status.addressed", "addressed", "aangepakt (addressed)"},
      {"spec.status.partial", "partly addressed", "deels aangepakt (partial)"},
      {"spec.status.planned", "planned", "gepland (planned)"},
      {"spec.status.not-addressed", "not addressed", "niet aangepakt (not-addressed)"},
      {"spec.status.not-applicable", "not applicable", "niet van toepassing (not-applicable)"},
      {"spec.status.not-described", "not described", "niet beschreven"},
      {"spec.priority.essential", "essential", "essentieel"},
      {"spec.priority.optional", "optional", "optioneel"},
      {"spec.practice.rationale", "Why it does not apply:", "Waarom niet van toepassing:"},
      {"spec.practice.elements", "Elements:", "Elementen:"},
      {"spec.practice.next_steps", "Next steps:", "Volgende stappen:"},
      {"spec.todo.rationale", "Explain why signpost {} does not apply.",
       "Leg uit waarom wegwijzer {} niet van toepassing is."},
      // TIDieR
      {"spec.tidier.intro",
       "Where this document answers the items of the TIDieR checklist for describing "
       "interventions (Hoffmann et al., 2014). Partly means that the file holds related "
       "information, but not everything the item asks.",
       "Waar dit document de onderdelen van de TIDieR-checklist voor het beschrijven van "
       "interventies beantwoordt (Hoffmann e.a., 2014). Deels betekent dat het bestand "
       "verwante informatie bevat, maar niet alles wat het onderdeel vraagt."},
      {"spec.col.item", "Item", "Onderdeel"},
      {"spec.col.where", "Where in this document", "Waar in dit document"},
      {"spec.col.state", "State", "Stand"},
      {"spec.state.filled", "filled", "ingevuld"},
      {"spec.state.partly", "partly", "deels"},
      {"spec.state.missing", "missing", "ontbreekt"},
      {"spec.tidier.1", "Brief name", "Korte naam"},
      {"spec.tidier.2", "Why", "Waarom"},
      {"spec.tidier.3", "What: materials", "Wat: materialen"},
      {"spec.tidier.4", "What: procedures", "Wat: procedures"},
      {"spec.tidier.5", "Who provides", "Wie voert uit"},
      {"spec.tidier.6", "How", "Hoe"},
      {"spec.tidier.7", "Where", "Waar"},
      {"spec.tidier.8", "When and how much", "Wanneer en hoeveel"},
      {"spec.tidier.9", "Tailoring", "Maatwerk"},
      {"spec.tidier.10", "Modifications", "Aanpassingen"},
      {"spec.tidier.11", "How well: planned", "Hoe goed: gepland"},
      {"spec.tidier.12", "How well: actual", "Hoe goed: werkelijk"},
      {"spec.tidier.where.10", "{} (next steps: changes the team plans)",
       "{} (volgende stappen: wijzigingen die het team plant)"},
      {"spec.tidier.where.11", "{} (indicators per goal)", "{} (indicatoren per doel)"},
      {"spec.tidier.where.12",
       "not in this document; the team's ratings per signpost are in the "
       "file (routekaart ratings)",
       "niet in dit document; de scores van het team per wegwijzer staan in het bestand "
       "(routekaart ratings)"},
      {"spec.tidier.todo", "TIDieR {} ({}): {}", "TIDieR {} ({}): {}"},
      {"spec.tidier.hint.1", "Give the intervention a name.", "Geef de interventie een naam."},
      {"spec.tidier.hint.2", "Describe the end result and the goals.",
       "Beschrijf het eindresultaat en de doelen."},
      {"spec.tidier.hint.3",
       "List the materials and facilities the intervention uses, including what young people, "
       "parents and schools receive.",
       "Noem de materialen en voorzieningen die de interventie gebruikt, ook wat jongeren, ouders "
       "en scholen krijgen."},
      {"spec.tidier.hint.4", "Describe the methods and what happens in each.",
       "Beschrijf de methoden en wat er in elk ervan gebeurt."},
      {"spec.tidier.hint.5", "Describe who delivers the intervention: roles, expertise and hours.",
       "Beschrijf wie de interventie uitvoert: rollen, expertise en uren."},
      {"spec.tidier.hint.6",
       "Describe how the intervention is delivered: setting, group size and methods.",
       "Beschrijf hoe de interventie wordt uitgevoerd: setting, groepsgrootte en methoden."},
      {"spec.tidier.hint.7", "Describe where the intervention takes place.",
       "Beschrijf waar de interventie plaatsvindt."},
      {"spec.tidier.hint.8", "Describe the phases and the usual duration.",
       "Beschrijf de fasen en de gebruikelijke duur."},
      {"spec.tidier.hint.9",
       "Mark each method as standard or flexible and describe how flexible ones are tailored.",
       "Geef per methode aan of ze standaard of flexibel is en beschrijf hoe flexibele methoden "
       "op maat worden gemaakt."},
      {"spec.tidier.hint.10",
       "Record how and why the intervention changes over time; the next steps per signpost hold "
       "the changes the team plans.",
       "Leg vast hoe en waarom de interventie in de loop van de tijd verandert; de volgende "
       "stappen per wegwijzer bevatten de wijzigingen die het team plant."},
      {"spec.tidier.hint.11",
       "Describe how you will check that the intervention is delivered as intended; an indicator "
       "per goal is a start.",
       "Beschrijf hoe jullie nagaan of de interventie wordt uitgevoerd zoals bedoeld; een "
       "indicator per doel is een begin."},
      {"spec.tidier.hint.12",
       "Record how well the intervention was actually delivered; the team's ratings per signpost "
       "are a start.",
       "Leg vast hoe goed de interventie werkelijk is uitgevoerd; de scores van het team per "
       "wegwijzer zijn een begin."},
  };
}

}  // namespace routekaart
