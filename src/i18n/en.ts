// The English interface strings, used by the /en/ edition (#14); its keys are zh-CN.ts's, no more and no fewer.
import type { UiKey } from './zh-CN';

// `satisfies` on the literal refuses a key zh-CN.ts does not have; `Record<UiKey, string>` refuses a missing one.
export const en = {
  'site.name': 'Yuecheng District "1616" Action Plan',
  'site.tagline':
    'Building a model zone for high-quality development of modern services: the full text, targets, projects and responsible units',
  'skip.main': 'Skip to main content',
  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.plan': 'Official text',
  'nav.industries': 'Six industries',
  'nav.programmes': 'Six programmes',
  'nav.platforms': 'Platforms',
  'nav.projects': 'Major projects',
  'nav.targets': 'Targets',
  'nav.units': 'Responsible units',
  'nav.measures': 'Support measures',
  'nav.glossary': 'Glossary',
  'nav.data': 'Open data',
  'nav.about': 'About',
  'nav.explainer': 'In five minutes',
  'nav.questions': 'Questions',
  'nav.changes': 'Changes',
  // PhoneMenu (src/components/header/): the button that opens the sections on a phone, and their groups.
  'nav.menu': 'Menu',
  'nav.group.plan': 'The plan',
  'nav.group.sectors': 'Industries and programmes',
  'nav.group.projects': 'Projects and platforms',
  'nav.group.accountability': 'Targets and responsibility',
  'nav.group.data': 'Data and this site',
  'change.added': 'Added',
  'change.corrected': 'Corrected',
  'change.updated': 'Updated',
  'questions.answer': "This site's answer (based on the plan; the original text prevails)",
  'questions.basis': "The plan's words",
  'questions.targets': 'Related targets',
  'questions.allYearly': 'See all yearly targets on the Targets page',
  'home.projectTable': 'All projects (filter and download)',
  'breadcrumbs.label': 'You are here',
  'reading.large': 'Large text, high contrast',
  'cite.label': 'Source',
  'cite.zh': '{issuer}《{title}》（{docNumber}，{date}）{gloss}, {clauses}. Cited via: {site}, “{subject}”, {url}, version of {version}.',
  'cite.zhWhole': '{issuer}《{title}》（{docNumber}，{date}）{gloss}. Cited via: {site}, “{subject}”, {url}, version of {version}.',
  'cite.gbt': '{issuer}. {title}{gloss}: {docNumber}[Z]. {isoDate}: {clauses}. {site}: {subject}[EB/OL]. ({version})[{version}]. {url}.',
  'cite.gbtWhole': '{issuer}. {title}{gloss}: {docNumber}[Z]. {isoDate}. {site}: {subject}[EB/OL]. ({version})[{version}]. {url}.',
  'list.separator': ', ',
  // Figures and deadlines of targets (src/i18n/format.ts).
  'format.atLeast': 'at least {q}',
  'format.exceed': 'exceed {q}',
  'format.yearly': 'every year',
  'format.by': 'by {year}',
  'format.noDeadline': 'no deadline stated in the plan',
  'list.comma': ', ',
  'list.semicolon': '; ',
  // Charts (src/charts/site/): titles, captions, descriptions read by screen readers, table headers.
  'chart.yes': 'Yes',
  'chart.col.level': 'Level',
  'chart.col.name': 'Name',
  'chart.col.parent': 'Parent',
  'chart.col.link': 'Link',
  'chart.col.when': 'When',
  'chart.col.what': 'What',
  'chart.col.category': 'Category',
  'chart.col.projectCount': 'Number of projects',
  'chart.col.investment': 'Investment',
  'chart.col.namedProjects': 'Projects named in the plan',
  'chart.col.unit': 'Unit',
  'chart.structure.title': 'The structure of "1616"',
  'chart.structure.caption':
    '"1616" is made up of one model zone, six key industries, one target for services value added and six key programmes.',
  'chart.structure.description':
    'Four parts: the model zone, {industries} key industries (in two groups, consumer and producer services), the target for services value added, and {programmes} key programmes.',
  'chart.structure.root': 'The "1616" Action Plan',
  'chart.structure.model': '"1": a province-wide model zone for modern services development',
  'chart.structure.industries': '"6": {n} key industries',
  'chart.structure.group': '{label} ({n})',
  'chart.structure.valueAdded': '"1": services value added',
  'chart.structure.programmes': '"6": {n} key programmes',
  'chart.rhythm.title': "The plan's timeline",
  'chart.rhythm.caption':
    'From its issue on {date} to {year}: the plan calls for "results in year one, a new image in year two, a great leap in year three", but does not say which year each of these three steps falls in; {n} further targets are to be met every year.',
  'chart.rhythm.description': '{steps}; every year: {yearly}.',
  'chart.rhythm.issued': 'Plan issued',
  'chart.rhythm.year1': 'Year one',
  'chart.rhythm.year2': 'Year two',
  'chart.rhythm.year3': 'Year three',
  'chart.rhythm.step1': 'results in year one',
  'chart.rhythm.step2': 'a new image in year two',
  'chart.rhythm.step3': 'a great leap in year three',
  'chart.rhythm.by': 'By {year}',
  'chart.rhythm.goal': 'main targets basically achieved',
  'chart.targets.amount': 'Amount targets (RMB)',
  'chart.targets.share': 'Share targets (%)',
  'chart.targets.count': 'Count targets',
  'chart.targets.sameScale': 'one common scale',
  'chart.targets.countNote':
    'the units differ (firms, items, people, buildings and others), so bar lengths compare only between targets in the same unit',
  'chart.targets.caption': 'The {n} {title} in the plan, largest first ({note}).',
  'chart.targets.description': 'Bar chart of {n} targets; the largest is {label}: {value}.',
  'chart.investment.title': 'Investment in major projects, by category',
  'chart.investment.caption':
    "The plan calls for investment of {total} in major services projects; the chart shows each of the three categories' share. Each square stands for {square}.",
  'chart.investment.item': '{name}: investment of {value}',
  'chart.counts.title': 'Number of major projects, by category',
  'chart.counts.caption':
    'The plan calls for {total} major services projects, {each} in each of the three categories; each square stands for one project.',
  'chart.counts.square': '1 project',
  'chart.accountability.title': 'Responsible units and the industries, programmes and project categories',
  'chart.accountability.description':
    '{units} rows of units and {columns} columns of industries, programmes and project categories; a tick means the plan names that unit as responsible.',
  'chart.accountability.caption':
    'Which industries, programmes and major project categories the plan names each of the {n} responsible units for (ticked).',
  'chart.entityTargets.title': 'Quantitative targets of {name}',
  'chart.entityTargets.caption':
    'The {n} quantitative targets of {name}; targets in different units are drawn in separate groups, each on its own scale.',
  'chart.entityTargets.group': 'Unit: {unit}',
  'chart.unitDuties.title': 'Industries, programmes and project categories {name} is responsible for',
  'chart.unitDuties.caption': 'The {n} items the plan names {name} as responsible for (ticked), from the table of all responsible units.',
  'chart.unitDuties.description': 'Ticked: {list}.',
  'chart.cap.largest': '{caption} The chart draws only the {shown} largest; the other {rest} are in the list of targets.',
  'chart.cap.byUnit':
    '{caption} The chart draws only the largest few in each unit, {shown} in all; the other {rest} are in the list of targets.',
  'chart.cap.yearly':
    '{caption} The chart draws only the first {shown} yearly targets of the list of targets; the other {rest} are in that list.',
  'chart.cap.units':
    '{caption} The chart draws only the {shown} units named for the most items; the other {rest} are in the list of units.',
  'chart.cap.restTargets': '{rest} others: see the list of targets',
  'chart.cap.restUnits': '{rest} other units: see the list of units',
  'feed.title': '{site}: {changes}',
  'feed.description': 'Additions, corrections and updates to the content compiled from {docNumber}, recorded here by date.',
  'feed.entryTitle': '{kind}: {title}',
  'feed.entryText': '{summary} (based on the original text: {clauses})',
  'cite.linkTitle': "View the paragraph in the plan's official text",
  'notStated.prefix': 'Not stated in the plan',
  'background.label': "Background (not the plan's text)",
  'glossary.close': 'Close',
  'glossary.label': ' (glossary)',
  'toc.label': 'On this page',
  // Where a platform and a project share a name (黄酒小镇), their page titles say which one a tab or result is.
  'project.titleBesidePlatform': '{name} (major project)',
  'platform.titleBesideProject': '{name} (platform)',
  'plainLanguage.label': 'Plain-language explanation (written by this site; the original text prevails)',
  'footer.source': 'Source document',
  'footer.note':
    'This site is compiled from the document above, and every item names its source in the original text; where they differ, the original text prevails. This site is not the official website of the issuing authority.',
  'footer.method': 'Content and method',
  'footer.correction': 'Found an error? Report a correction',
  'table.target': 'Target',
  'table.value': 'Target value',
  'table.timing': 'Deadline',
  'table.owner': 'Belongs to',
  'table.source': 'Source',
  'group.consumer': 'Consumer services',
  'group.producer': 'Producer services',
  'level.world': 'World-class',
  'level.national': 'National',
  'level.provincial': 'Provincial',
  'level.other': 'Other sites the plan mentions',
  'unitKind.party': 'District Party committee department',
  'unitKind.bureau': 'District government department',
  'unitKind.branch': 'Branch bureau',
  'unitKind.state-owned-group': 'District state-owned enterprise group',
  'unitKind.task-force': 'Task force',
  'unitKind.management-committee': 'Management committee',
  'unitKind.municipal': 'City-level body',
  'unitKind.towns-streets': 'Towns and subdistricts',
  'unitKind.coordination': 'Coordinating body',
  'duty.industry': 'Key industry',
  'duty.programme': 'Key programme',
  'duty.projectCategory': 'Major project category',
  'duty.role': 'Role stated in the support measures',
  'coverage.heading': 'How the plan names responsible units',
  'coverage.tasks':
    'Parts II and III of the plan have {tasks} task paragraphs; {own} of them end with their own list of responsible units.',
  'coverage.shared':
    'The other {shared} have no list of their own: the subsections {subsections} give a single list, at the end of their last paragraph.',
  'coverage.uncovered': 'For another {n} paragraphs, no list of responsible units follows anywhere in their subsection.',
  'coverage.departments':
    'Of the {lists} lists, {named} name specific departments or bodies; {members} say only that "the member units of the (District) Leading Group for Service Industry Development carry it out according to their duties", naming no department.',
  'coverage.support':
    'Part IV, "Improve the support system" ({paragraphs} paragraphs), has no list of responsible units; its text sets out the roles of the District Leading Group for Service Industry Development, of its office (within the District Bureau of Development and Reform), and of all towns and subdistricts.',
  'coverage.seeMeasures': 'See "Support measures"',
  'coverage.note': "These figures are counted from the plan's text by this site's software.",
  'owner.plan': 'Overall targets',
  'search.label': 'Search this site',
  'search.noticeHeading': 'Covering notice',
  'search.placeholder': 'Search (press /)',
  'search.submit': 'Search',
  'search.pageForm': 'Search and filters',
  'search.hint': 'Suggestions appear as you type: choose with the up and down arrow keys, open with Enter, close with Esc.',
  'search.suggestions': 'Search suggestions',
  'search.title': 'Search',
  'search.needsJs': 'Search on this site needs JavaScript. Without it, you can find everything from the list below:',
  'search.filters': 'Filters',
  'search.anyValue': 'All',
  'search.loading': 'Searching…',
  'search.noResults': 'Nothing found for “{q}”.',
  'search.count': 'Found {n} results for “{q}”.',
  'search.emptyHelp': 'Try a shorter word, the short name of a project or unit, or pinyin initials (such as lxgl). Or browse:',
  'explorer.filter': 'Filter',
  'explorer.keyword': 'Keyword',
  'explorer.reset': 'Clear filters and sorting',
  // Before the sort buttons where the table shows as cards (a phone), so they read as sorting.
  'explorer.sortLabel': 'Sort by:',
  'explorer.zip': 'Download the rows shown (ZIP briefing pack)',
  'explorer.noJs':
    'The table below lists every entry, in the order they appear in the plan. With JavaScript you can sort by column, filter, and download the filtered rows as a briefing pack; the complete data can also be downloaded from the "Open data" page.',
  'explorer.empty': 'No entries match the current filters. Try another keyword, or clear the filters.',
  'explorer.all': 'Showing all {n} {noun}.',
  'explorer.some': 'Showing {shown} of {n} {noun} for the current filters.',
  'explorer.zipDone': 'Briefing pack ready: {n} {noun}, with CSV, JSON, the data dictionary and the citation.',
  'explorer.zipFailed': 'The briefing pack could not be made. Try again later, or download the complete data from the "Open data" page.',
  // Licence (LicenceNote.astro on /data/ and /about/; in plain text, licence-text.ts for the data files and the briefing pack).
  'licence.heading': 'Licence',
  'licence.holder': '{site} information portal',
  'licence.name': 'Creative Commons Attribution 4.0 International licence (CC BY 4.0)',
  'licence.namePlain': 'Creative Commons Attribution 4.0 International licence (CC BY 4.0, {url})',
  'licence.data':
    "The data compiled by this site and the site's own text are published under the {licence}: you may copy, republish and adapt them freely, including for commercial use, but you must give credit.",
  'licence.attribution': 'When giving credit, name the source: {holder}, with a link to this site: {link}',
  'licence.planText':
    "The plan's text (the \"Official text\" page, the paragraphs dataset, and the plan's words quoted throughout this site) is an official document issued by {issuer} ({docNumber}). Under Article 5 of the Copyright Law of the People's Republic of China, the law does not apply to documents of an administrative nature issued by state organs, so the plan's text is not protected by copyright and is not covered by the licence above. When republishing or quoting it, copy the original text exactly and name the issuing authority and the document number.",
  'licence.csv':
    'CSV files cannot carry licence information; the terms on this page apply. plan.json and each JSON Schema file also state the licence.',
  'licence.code': "This site's program code is under the MIT licence; see the LICENSE file at the root of the code.",
  // No map (NotStated on /platforms/, /projects/ and every platform and project page): the plan gives no location.
  'noMap.notStated': 'the location of any platform or project (address, extent or boundaries), so this site has no map',
  // ---- strings-pages ----
  // Pages (src/pages/): titles, descriptions, headings and sentences. A `{name}` that stands for a link or a <strong>
  // is split out by the page, which puts the element there; the table holds no HTML.
  // Home (index.astro).
  'page.home.description':
    'A plain-language guide to "{title}" ({docNumber}): six key industries, six key programmes, major projects, targets and responsible units, each with its source in the original text.',
  'page.home.issued': '{issuer} issued "{title}" ({docNumber}) on {date}',
  'page.home.summary':
    '"1616" is the plan\'s short name: by {year}, Yuecheng District is to become {one} province-wide model zone for modern services development, develop {industries} key industries, aim to raise services value added to {valueAdded} (the "{one}"), and carry out {programmes} key programmes.',
  'page.home.mainTargets': 'Main targets',
  'page.home.mainTargetsCaption': 'The {n} quantitative targets in the plan\'s "Main targets"',
  'page.home.allTargets': 'All {n} quantitative targets',
  'page.home.industries': 'Six key industries',
  'page.home.industriesIntro': 'The plan calls them the "2+4" key industries: two consumer services and four producer services.',
  'page.home.programmes': 'Six key programmes',
  'page.home.more': 'Read on',
  'page.home.more.projects': '{link}, grouped in the three categories of major projects',
  'page.home.more.projectsLink': '{n} projects and project groups named in the plan',
  'page.home.more.platformsLink': 'The "1 world-class + 2 national + N provincial" platforms',
  'page.home.more.units': '{link}, and what each is responsible for',
  'page.home.more.unitsLink': '{n} responsible units',
  'page.home.more.measures': '{link}: organisation, policy, land and other factors, business environment',
  'page.home.more.measuresLink': 'Four support measures',
  'page.home.more.plan': '{link}, every paragraph citable on its own',
  // The official text (plan.astro): the document's particulars above it.
  'page.plan.description': 'The full text of "{title}" ({docNumber}), with a permanent link to every paragraph for citing.',
  'page.plan.docNumber': 'Document number',
  'page.plan.issuer': 'Issued by',
  'page.plan.date': 'Date of document',
  'page.plan.title': 'Title',
  'page.plan.basis': 'Basis',
  'page.plan.publication': 'Publication',
  'page.plan.cc': 'Copied to',
  'page.plan.note':
    'The text below reproduces the original line by line. The number before each paragraph (such as "II(1) ¶1") is added by this site for citing; click it for the paragraph\'s permanent link.',
  // Targets (targets.astro); {value} and {owner} are the table's column names.
  'page.targets.description':
    'Every quantitative target in the plan: value, deadline, industry or programme, responsible units and source in the original text; sort, filter and download.',
  'page.targets.intro':
    'The plan states {n} quantitative targets (extracted and counted one by one by this site). "{value}" gives the plan\'s figures and units, and its wording such as "at least" and "exceed"; "aims to", "strives to" and "strives to win" are the plan\'s own hedges. Where a target appears twice in the plan, both sources are listed.',
  'page.targets.glance': 'Targets at a glance',
  'page.targets.glanceNote': 'In three groups by unit, each group on one common scale; click a bar to go to its target.',
  'page.targets.all': 'All targets',
  'page.targets.allNote':
    'Use "{owner}" to show only one industry, programme or the overall targets; sorting by "{value}" separates the kinds first (amount, share, count), then orders by value. Responsible units are inferred by this site from the "responsible units" of the clause where each target stands.',
  'page.targets.kind': 'Kind',
  'page.targets.noun': 'targets',
  'page.targets.caption': 'Every quantitative target in the plan',
  // The six industries side by side (compare.astro).
  'page.compare.title': 'The six industries compared',
  'page.compare.description':
    'The targets, platforms, projects and responsible units of the six key industries side by side: Culture and Tourism, Modern Commerce and Trade, Science and Technology Services, Digital Software, Modern Finance and Headquarters Business.',
  'page.compare.intro':
    "The plan's requirements for the six key industries, side by side. The support measures of Part IV apply to the services sector as a whole; see {measures}. On a phone, swipe the table left and right.",
  'page.compare.caption': 'Six key industries: targets, platforms, projects, responsible units',
  'page.compare.targets': 'Quantitative targets',
  'page.compare.platforms': 'Related platforms',
  'page.compare.projects': 'Related projects',
  'page.compare.projectCount': '{n}',
  // Support measures (measures.astro).
  'page.measures.description':
    'The support system in Part IV of the plan: organisation and leadership, policy support, factor supply (including how land is supplied), business environment.',
  'page.measures.intro':
    'Part IV of the plan, "Improve the support system and release the potential of services development again", sets out four support measures.',
  'page.measures.points': "Key points of the plan's text",
  'page.measures.roles': 'Roles stated in the plan',
  'page.measures.rolesNote': 'This part has no list of "responsible units"; below are the roles of units that its text states.',
  'page.measures.notStated': 'The plan does not state the specific terms of each policy, the amounts of support or how to apply.',
  'page.charts.title': 'Charts: downloads and embedding',
  'page.charts.description':
    'Every chart on this site, with its data downloads (CSV, JSON, SVG) and the code to embed it in another web page.',
  'page.charts.intro':
    'Every chart on this site can be downloaded as data or embedded in another web page. An embedded chart carries its source in the plan and the licence of its data.',
  'page.charts.shownOn': 'See it on its page',
  // Glossary (glossary.astro).
  'page.glossary.description':
    'Plain explanations of policy terms common in the plan, such as above designated size, producer services, the chain leader system and the first-store economy.',
  'page.glossary.intro':
    'The explanations below are {background} written by this site, to help readers understand the terms in the plan. Each entry lists the paragraphs where it appears in the plan.',
  'page.glossary.background': "background, not the plan's text",
  'page.glossary.inPlan': 'In the plan:',
  // Changes (changes.astro).
  'page.changes.description':
    "Additions, corrections and updates to this site's content, by date, each naming the paragraphs of the original text it rests on; subscribe by Atom.",
  'page.changes.intro':
    "When this site's content is added to, corrected or updated, it is recorded here by date, newest first. You can also subscribe to the {feed} in a feed reader.",
  'page.changes.feed': 'Atom feed',
  'page.changes.pages': 'Pages concerned:',
  'page.changes.sources': 'Based on the original text:',
  // About (about.astro): the corrections section below the prose.
  'page.about.description': "This site's basis and method, what the plan says and does not say, how to report an error, and accessibility.",
  'page.about.corrections': 'Report an error',
  'page.about.correctionsCheck':
    'If you find that something on this site differs from the original, first open the source link beside it and compare it with the {plan}; where they differ, the original text prevails.',
  'page.about.correctionsReport':
    'When reporting, please give the page address and the paragraph number in the original (such as "II(1) ¶1"), so it can be checked.',
  'page.about.noAddress':
    'The operator of this site has not yet published an address for corrections. Once it is published, the "{link}" link at the bottom of every page will lead to it.',
  // "1616" in five minutes (explainer.astro).
  'page.explainer.title': 'The "1616" Action Plan in five minutes',
  'page.explainer.description':
    'The Yuecheng District "1616" Action Plan in plain words: what the four digits stand for, the six industries and six programmes, what it means for residents, who is responsible, and what the plan does not say.',
  'page.explainer.note': '{label}. The numbered link after each sentence leads to its paragraph in the original text.',
  // Questions (questions.astro); {notStated} is the label of what the plan leaves open.
  'page.questions.description':
    'Common questions about the Yuecheng District "1616" Action Plan: the old city, consumption, elderly care, talent, investment support, project investment and deadlines, answered only from the plan, with sources.',
  'page.questions.intro':
    'Every answer is {only}: first this site\'s plain answer, then the plan\'s words and paragraphs it rests on; where the plan says nothing, the answer says so: "{notStated}". The original text prevails.',
  'page.questions.only': 'based only on the plan',
  'page.questions.allSources': 'All sources:',
  // Search (search/index.astro).
  'page.search.description':
    'Search the industries, programmes, platforms, projects, targets, responsible units, terms and clauses of the Yuecheng District "1616" Action Plan.',
  // Embedded chart (embed/[id].astro): the credit line under the chart.
  // Not found (404.astro).
  'page.notFound.title': 'Page not found',
  'page.notFound.description':
    'This page was not found. Continue from the home page, the official text, the targets or the major projects.',
  'page.notFound.intro': 'No page was found at this address. You can continue from here:',
  // ---- strings-entities ----
  // Counts in tables (industries, units, CategoryTable): the figure comes from formatCount.
  'count.targets': '{n}',
  'count.projects': '{n}',
  'count.units': '{n}',
  'count.clauses': '{n}',
  // CategoryTable (/projects/ and the 重大项目支撑工程 page); its columns are the chart's (chart.col.*).
  'categoryTable.caption': 'The three categories of major projects: number and investment targets',
  'categoryTable.total': 'Three categories together (calculated by this site)',
  'categoryTable.planned':
    'The plan\'s "Main targets" call for {count} provincial and city major services projects, with investment of {investment}',
  // Follows the citation of categoryTable.planned, so it opens with that sentence's full stop.
  'categoryTable.computed':
    '. The totals of number and investment for the three categories are calculated by this site from the paragraphs of III(3). The plan names only some of the projects; the others are not listed in the plan.',
  // ChartFigure: the data table and downloads under every chart.
  'chartFigure.table': 'Data table',
  'chartFigure.tableCaption': '{title}: data',
  'chartFigure.tableBelow': 'Data table below',
  'chartFigure.download': 'Download: ',
  'chartFigure.sentenceBreak': '. ',
  // CiteThis: the "cite this" disclosure; citeThis.copied is shown by its script after a copy.
  'citeThis.summary': 'Cite this page',
  'citeThis.summaryCompact': 'Cite',
  'citeThis.zh': 'Citation',
  'citeThis.copyZh': 'Copy citation',
  'citeThis.gbt': 'GB/T 7714 style',
  'citeThis.copyGbt': 'Copy GB/T 7714 citation',
  'citeThis.copied': 'Copied to the clipboard.',
  // PlanParagraph: one paragraph of /plan/.
  'planParagraph.permalink': 'Permanent link to {label}',
  'planParagraph.subject': 'Official text {label}',
  // Responsibilities.
  'responsibilities.none': 'the responsible units for this clause',
  // SiteFooter: the document the portal rests on.
  'footer.document': '{issuer}, "{title}" ({docNumber}), issued {date}, {publication}.',
  'footer.readPlan': 'Read the original',
  // SupportMeasures (industry pages).
  'supportMeasures.intro':
    "The support measures of Part IV apply to the services sector as a whole and are not listed industry by industry. Below is this site's summary of each measure (the plan's text prevails); follow a measure's name for the plan's own words:",
  // SearchPage: the example searches offered when nothing is found, separated by list.separator.
  'search.common': 'Common searches:',
  'search.examples': "Sam's Club, commerce, technology finance, Lu Xun, headquarters, chain leader",
  // Shared by the entity pages (industries, programmes, platforms, projects, units): their section headings and notes.
  // Their target tables are captioned with chart.entityTargets.title, the same words as the chart above them.
  'entity.commitments': "The plan's commitments",
  'entity.targets': 'Quantitative targets',
  'entity.relatedIndustries': 'Related industries',
  'entity.relatedPlatforms': 'Related platforms',
  'entity.relatedProjects': 'Related projects',
  'entity.support': 'Support measures',
  'entity.wholeText': '(full text)',
  'entity.quoteLabel': "The plan's text:",
  'entity.notStatedHeading': 'What the plan does not state',
  'entity.unitDetails': 'how the work is divided among the responsible units, their contact persons and contact details',
  'project.group': 'Project group',
  // /industries/ and /industries/<id>/.
  'page.industries.title': 'Six key industries',
  'page.industries.description':
    'The six key industries set by the plan, Culture and Tourism, Modern Commerce and Trade, Science and Technology Services, Digital Software, Modern Finance and Headquarters Business: commitments, targets, platforms, projects and responsible units.',
  'page.industries.intro':
    'The plan calls for "improving two consumer services industries" and "strengthening four producer services industries", together the "2+4" key industries.',
  'page.industries.compare': 'The targets, platforms, projects and responsible units of the six industries side by side',
  'page.industries.caption': 'The six key industries at a glance',
  'page.industries.col.industry': 'Industry',
  'page.industries.col.group': 'Group',
  'page.industry.description': 'Key industry of the {site}: {name}. {summary}',
  'page.industry.kicker': 'Key industry {number} · {group}',
  'page.industry.noTargets': "this industry's quantitative targets",
  'page.industry.noPlatforms': 'platforms directly related to this industry',
  'page.industry.noProjects': 'projects directly related to this industry',
  'page.industry.compare': 'The six industries compared',
  // /programmes/ and /programmes/<id>/.
  'page.programmes.title': 'Six key programmes',
  'page.programmes.description':
    "The plan's six key programmes: Platform and Carrier Enhancement, Industry Alliance Co-Advancement, Major Project Support, Enterprise Attraction and Cultivation, Service Talent Gathering, and Model Innovation and Creation.",
  'page.programmes.intro':
    'Part III of the plan, "Carry out the \'six key programmes\' and gather momentum for services development again", sets out six programmes.',
  'page.programmes.meta': 'Short name in the plan: "{shortName}"; {n} quantitative targets.',
  'page.programme.description': 'Key programme of the {site}: {name}. {summary}',
  'page.programme.kicker': 'Key programme {number} · short name "{shortName}"',
  'page.programme.platformsLink': 'The "1 world-class + 2 national + N provincial" platforms at a glance',
  'page.programme.categories': 'The three categories of major projects',
  'page.programme.allProjects': 'All projects named in the plan',
  'page.programme.noTargets': "this programme's quantitative targets",
  // /platforms/ and /platforms/<id>/.
  'page.platforms.description':
    'The "1 world-class + 2 national + N provincial" major modern services platforms the plan strives to win, and other sites the plan mentions.',
  'page.platforms.introLead': 'The plan strives to win',
  'page.platforms.introQuote': '"1 world-class + 2 national + N provincial" major modern services platforms',
  // Follows the citation of the quote, so it opens with that sentence's full stop.
  'page.platforms.introRest': ". The plan's industry clauses also mention other parks, markets and clusters; they are listed at the end.",
  'page.platform.description': '{name}: a platform of the {site} ({level}).',
  'page.platform.noRole': "this platform's specific role",
  'page.platform.noIndustries': 'the key industries this platform serves',
  'page.platform.noProjects': 'projects built on this platform',
  'page.platform.notStated': "this platform's area, investment, construction progress and managing body",
  // /projects/ and /projects/<id>/.
  'page.projects.description':
    'Every major project and project group the plan names: category, related industries, platform, responsible units and source in the original text; sort, filter and download.',
  'page.projects.intro':
    'The plan\'s "major project support" programme carries out major projects in three categories. The plan does not state the investment, schedule or progress of any single project.',
  'page.projects.uncategorised': 'Not in the three categories',
  'page.projects.col.project': 'Project',
  'page.projects.col.platform': 'Platform',
  'page.projects.col.units': 'Responsible units (by clause)',
  'page.projects.named': 'Projects named in the plan:',
  'page.projects.all': 'All projects',
  'page.projects.allIntro':
    'The {n} projects and project groups the plan names, including {uncategorised} mentioned in the modern commerce clause that are not in the three categories',
  // Follows the citation of page.projects.allIntro, so it opens with that sentence's full stop.
  'page.projects.unitsNote':
    '. The plan names responsible units clause by clause, not project by project, so the "Responsible units" column lists the responsible units of the clause where each project stands.',
  'page.projects.noun': 'projects',
  'page.projects.caption': 'Every project named in the plan',
  'page.project.description': '{name}: {category}, {site}.',
  'page.project.mentioned': 'project mentioned',
  'page.project.inIndustryClause': 'Projects the plan mentions in its industry clauses',
  'page.project.expand': 'Show the full text of {label}',
  'page.project.category': 'Category',
  'page.project.categoryTarget': ': the plan calls for {count} projects in this category, with investment of {investment}.',
  'page.project.noCategory': 'which category of major project this project belongs to',
  'page.project.industriesPlatform': 'Related industries and platform',
  'page.project.noIndustries': 'the key industries this project serves',
  'page.project.platform': 'Platform:',
  'page.project.noPlatform': 'the platform this project is on',
  'page.project.unitsByClause': 'The plan names responsible units by clause, not by single project. The responsible units of {label} are:',
  'page.project.noUnits': "this project's responsible units",
  'page.project.notStated': "this project's investment, start and completion dates, developer and current progress",
  // /units/ and /units/<id>/.
  'page.units.description':
    'Every responsible unit the plan names, and the industries, programmes, project categories and support measures each is responsible for; sort, filter and download.',
  'page.units.intro':
    'The plan names who is responsible at the end of its task clauses, in a note "(Responsible units: …)", but not every paragraph has one; see below. The table sums up by unit, with figures counted by this site from the clauses. The plan gives no contact person or contact details for any unit.',
  'page.units.filter.kind': 'Kind of unit',
  'page.units.filter.duty': 'Responsible for',
  'page.units.dutyOption': '{kind}: {name}',
  'page.units.col.kind': 'Kind',
  'page.units.col.clauses': 'Clauses responsible for',
  'page.units.col.duties': 'Covers',
  'page.units.all': 'All responsible units',
  'page.units.noun': 'units',
  'page.units.caption': 'Responsible units and the clauses they are responsible for',
  'page.unit.description': 'The industries, programmes, projects and targets {name} is responsible for in the {site}.',
  'page.unit.spellings': 'Written in the plan as: {list}',
  'page.unit.duties': 'What the plan makes it responsible for',
  'page.unit.noClausesButRoles': 'task clauses this unit is responsible for (the plan states its role only in Part IV; see below)',
  'page.unit.noClauses': 'the specific clauses this unit is responsible for',
  'page.unit.scope': ': {scope}',
  'page.unit.rolesNote': 'Part IV has no list of responsible units; below is the role its text states.',
  'page.unit.targets': 'Related quantitative targets',
  'page.unit.noTargets': 'quantitative targets that correspond directly to this unit',
  'page.unit.targetsNote':
    'The plan sets targets in its clauses, shared by all the responsible units of the clause; it does not state how much each unit takes on.',
  'page.unit.noProjects': 'the specific projects this unit is responsible for',
  'page.unit.contact': 'Contact',
  'page.unit.noContact': "this unit's contact person, telephone or address",
  // /data/ (open data); 是 in the data dictionary's 必填 column is chart.yes.
  'page.data.jsonLdName': '{site}: open data',
  'page.data.jsonLdDescription':
    'Industries, programmes, platforms, projects, targets, responsible units, support measures, glossary and paragraphs of the original text, compiled from {docNumber}, "{title}".',
  'page.data.description':
    "All of this site's content as JSON and CSV data, with JSON Schemas and a data dictionary, and plan.json, which includes the full text of the plan.",
  'page.data.intro':
    'Every kind of content on this site can be downloaded: as JSON and CSV (UTF-8 with a BOM, so Excel opens the Chinese text directly), with a JSON Schema describing each field. Ids are stable and are also part of page addresses. In the CSV, multiple values are separated by "；", and structured fields (such as commitments and responsible units) are stored as JSON text.',
  'page.data.downloadAll': 'Download everything (plan.json)',
  'page.data.downloadAllRest': ': information about the plan, the paragraphs of its full text and all the datasets below.',
  'page.data.chartsRest': ': the data of every chart, and the code to embed it in another web page.',
  'page.data.sources': 'Sources and use',
  'page.data.basis':
    'All data is compiled from {issuer}, "{title}" ({docNumber}, issued {date}, {publication}), and every row names the number of its paragraph in the original text.',
  'page.data.ownText': 'Summaries and glossary explanations marked "written by this site" are not the plan\'s text.',
  'page.data.datasets': 'Datasets',
  'page.data.datasetsCaption': 'Datasets to download',
  'page.data.col.dataset': 'Dataset',
  'page.data.col.rows': 'Rows',
  'page.data.col.download': 'Download',
  'page.data.dictionaryCsv': 'Data dictionary CSV',
  'page.data.dictionary': 'Data dictionary',
  'page.data.datasetHeading': '{title} ({name})',
  'page.data.fieldsCaption': 'Fields of {title}',
  'page.data.col.field': 'Field',
  'page.data.col.type': 'Type',
  'page.data.col.required': 'Required',
  'page.data.col.description': 'Description',
  'page.data.no': 'No',
  // ---- strings-lib ----
  // Open data (src/lib/open-data.ts): each dataset's title, on /data/ and in its JSON Schema. They are the datasets'
  // own names, kept together rather than borrowed from nav.*, so a menu label can change without renaming a file's title.
  'dataset.industries': 'Six key industries',
  'dataset.programmes': 'Six key programmes',
  'dataset.platforms': 'Platforms',
  'dataset.projects': 'Major projects',
  'dataset.projectCategories': 'Major project categories',
  'dataset.targets': 'Quantitative targets',
  'dataset.units': 'Responsible units',
  'dataset.measures': 'Support measures',
  'dataset.glossary': 'Glossary',
  'dataset.questions': 'Common questions',
  'dataset.changes': 'Content changes',
  'dataset.paragraphs': 'Paragraphs of the official text',
  // Briefing pack (src/lib/briefing-pack.ts, words from src/components/pack-words.ts): its README; the citation file
  // is headed citeThis.zh, as in the “cite this” box.
  'pack.heading': '{title}: filtered results ({n} rows)',
  'pack.filters': 'Filters:',
  'pack.noFilters': 'Filters: none (everything)',
  'pack.page': 'Web page: {url}',
  'pack.date': 'Downloaded on: {date}',
  'pack.files': 'Files:',
  'pack.file.csv': 'the filtered results (UTF-8 with a BOM, opens directly in Excel)',
  'pack.file.json': 'the same results as JSON',
  'pack.file.dictionary': 'what each field means',
  'pack.file.citation': 'citation',
  'pack.note':
    'The data is compiled entry by entry from the original document, and every entry names the number of its paragraph in the original text (the sources field); where they differ, the original text prevails.',
  // Search (src/lib/search/types.ts, through src/i18n/search.ts): each result type's name, which is also the value of
  // Pagefind's type filter, so changing one changes the filter; the names of the filters on /search/.
  'search.type.industry': 'Key industry',
  'search.type.programme': 'Key programme',
  'search.type.platform': 'Platform',
  'search.type.project': 'Major project',
  'search.type.target': 'Target',
  'search.type.unit': 'Responsible unit',
  'search.type.clause': 'Plan clause',
  'search.type.glossary': 'Glossary',
  'search.type.section': 'Section',
  'search.filter.type': 'Type',
  'search.filter.industry': 'Industry',
  'search.filter.unit': 'Responsible unit',
  'search.filter.category': 'Project category',
  // Target kinds (src/lib/target-kinds.ts): the kind filter on /targets/.
  'targetKind.amount': 'Amount (RMB)',
  'targetKind.share': 'Share (%)',
  'targetKind.count': 'Count (firms, items, people and others)',
  // Glossary popover (src/lib/glossary-links.ts, through src/middleware.ts): its link to /glossary/.
  'glossary.more': 'See the glossary',
  // #13 search (src/components/search/): results paged with a true count, unmatched queries, the phone placeholder.
  'search.more': 'Show more results',
  'search.samePage': '{n} more matches on the same page',
  'search.onlyLoose': 'The plan does not mention “{q}” directly: only single characters match, so those results are not listed.',
  'search.nearest': 'Try these similar terms from the plan:',
  'search.placeholderTouch': 'Search',
  // #13 deadends: a unit's full name and where to reach it (src/pages/units/[id].astro), background, not plan content.
  'page.unit.officialName': 'Full name of the unit: {name} ({source})',
  'page.unit.officialNameSource': 'source checked',
  'page.unit.noOfficialName':
    'this unit\'s full name (the plan gives only the short name "{name}", and this site has not verified the full name; the district government\'s portal lists its departments, see "Contact")',
  'page.unit.portal':
    'The portal of the district government, the People’s Government of Yuecheng District, Shaoxing City, at {link}, lists the departments of the district government.',
  // #13 longpages
  // BackToTop (src/components/prose/BackToTop.astro): ends each section of a long page, back up to toc.label.
  'toc.backToTop': 'Back to the contents of this page ↑',
  // FilterDisclosure (src/components/FilterDisclosure.astro): on a phone the filters fold into it; the summary names
  // what is chosen ({values}, joined by list.separator), filled by the explorer's and the search page's scripts.
  'filters.summary': 'Filters',
  'filters.summaryActive': 'Filters ({n} chosen: {values})',
  // #13 data
  // Citations while the portal's address (SITE_URL) is unset (src/components/citation-text.ts): document and clauses only.
  'cite.zhNoUrl': '{issuer}《{title}》（{docNumber}，{date}）{gloss}, {clauses}.',
  'cite.zhWholeNoUrl': '{issuer}《{title}》（{docNumber}，{date}）{gloss}.',
  'cite.gbtNoUrl': '{issuer}. {title}{gloss}: {docNumber}[Z]. {isoDate}: {clauses}.',
  'cite.gbtWholeNoUrl': '{issuer}. {title}{gloss}: {docNumber}[Z]. {isoDate}.',
  // Briefing pack and plain CSV of an explorer table (src/lib/briefing-pack.ts through src/components/pack-words.ts).
  'pack.column': 'The "{label}" column of the table on the page, as shown (names, clause labels)',
  'pack.links': '{label} addresses',
  'pack.linksDescription': 'The addresses on this site of the clauses in the "{label}" column, separated by spaces',
  'pack.noteReadable':
    'The columns are as shown on the page; the column names after them are the ids used in the open data, for joining with the tables at /data/.',
  // Open data's readable CSV (/data/<name>.readable.csv) and what the dictionary says of each of its columns.
  'page.data.readableCsv': 'Readable CSV',
  'page.data.whichFile':
    'Each dataset comes as two CSV files. "CSV" is the raw data: references are written as ids (such as culture-tourism, s3-3-p2), lists are joined with semicolons and nested records are JSON text, for programs and row-by-row checking. "Readable CSV" has the same columns, but ids become names, paragraph ids become clause labels, and lists are joined with commas, for reading straight in a spreadsheet. Both have the same id columns, so their rows match. The data dictionary\'s "Readable CSV" column says how each column is written in the readable file.',
  'page.data.col.readable': 'Readable CSV',
  'readable.same': 'As in the raw CSV',
  'readable.list': 'Several items joined with commas (with semicolons where an item itself holds a comma)',
  'readable.names':
    "Names, not ids (such as a unit's or an industry's name); several joined with commas (with semicolons where an item itself holds a comma)",
  'readable.clauses': 'Clause labels, not paragraph ids; several joined with commas',
  'readable.yesNo': '"Yes" or "No"',
  'readable.records':
    'Each record is one sentence: the clause, units and the like first, then the words, joined by a colon; records joined by semicolons',
  'readable.colon': ': ',
  'readable.recordSeparator': '; ',
  // Embeds (src/pages/embed/[id].astro, src/components/EmbedSnippet.astro): the snippet, and the source and licence.
  'embed.summary': 'Embed this chart',
  'embed.label':
    "Paste this code into a web page. The chart's frame adjusts its height to its content, and links in the chart open in the host page's window.",
  'embed.copy': 'Copy code',
  'embed.copied': 'Copied.',
  'embed.page': 'The embed page on its own',
  'embed.source': 'Source: {issuer}, "{title}" ({docNumber}), {clauses}. Compiled by {site}.',
  'embed.sourceWhole': 'Source: {issuer}, "{title}" ({docNumber}). Compiled by {site}.',
  'embed.licence':
    "The data of this chart is published under {licence}; credit the source with a link when you reuse it. The plan's text is an official document, to which no copyright licence applies.",
  // The licence's credit while the portal's address (SITE_URL) is unset (src/components/licence-text.ts, LicenceNote).
  'licence.attributionNoAddress': "When crediting, name the source, {holder}, and link to this site's {page}.",
  'licence.dataPage': 'open data page',
  'explorer.csv': 'Download CSV',
  'explorer.csvDone': 'CSV downloaded: {n} {noun}.',
  'explorer.csvFailed': 'The CSV could not be made. Try again later, or download the complete data from the Open data page.',
  // The English edition (#14): the not-stated sentence (NotStated), the language switch (LanguageSwitch).
  // A citation's English gloss of the document, after its Chinese name (citation-text.ts; used on English pages).
  'cite.gloss': ' [{issuerEn}, “{titleEn}”, {dateEn}; unofficial translation]',
  // The space after the colon is inside the bold lead: Chinese needs none, and the template leaves none between.
  'notStated.lead': 'Not stated in the plan: ',
  'notStated.sentence': '{what}.',
  // The link to the other language: short on the phone's header row, its full name for screen readers.
  'language.switch': '中文',
  'language.switchName': '中文（简体）',
  // /en/plan/: the note over the unofficial English beside each paragraph (plan.astro, PlanParagraph).
  'page.plan.unofficial':
    'The English beside each Chinese paragraph is this site’s unofficial translation. The Chinese text is authoritative.',
  'planParagraph.original': 'Original',
  'planParagraph.english': 'English (unofficial translation)',
  'page.plan.basisItem': '“{title}” ({number})',
  // The plan's hedge words before a target's figure (src/i18n/format.ts, formatHedge); with a figure that has no
  // verb of its own, English adds one ("aims to reach RMB 100 billion").
  'hedge.aim': 'aims to',
  'hedge.strive': 'strives to',
  'hedge.striveToWin': 'strives to win',
  'hedge.withVerb': '{hedge} reach',
  'format.hedged': '{hedge} {value}',
  // A target named in running text (<Target>, questions): label and figure, then its deadline.
  'target.phrase': '{label}: {value}',
  'target.when': ' ({timing})',
  'target.figure': ': {value}',
  // A target's unit as a heading or column (formatUnit): Chinese keeps the plan's unit; English names amounts in
  // 亿元 by what one unit is, and counts (家, 个, 名 …) as a number.
  'unit.amount': 'RMB 100 million',
  'unit.count': 'number',
  // /data/: the English options of each dataset.
  'page.data.readableCsvEn': 'Readable CSV (English)',
  'page.data.dictionaryCsvEn': 'Data dictionary (English)',
  // The site's name in the header, short enough for one line on a 360 px phone in large text.
  'site.headerName': 'Yuecheng 1616 Plan',
  // Punctuation between a label and its text, and around an aside, in the page's language.
  'punct.colon': ': ',
  'punct.aside': ' ({text})',
  // Pagination of long lists (src/components/PageNav.astro).
  'pagination.label': 'Pages',
  'pagination.page': 'Page {n}',
  'page.projects.namedMore': ' and others, {n} in all, every one listed under “All projects” below',
  'page.projects.moreLink': 'All {n} related projects (filtered in the projects list)',
  // TargetTable, cut at PAGE_SIZE rows.
  'targetTable.more': 'The table lists the first {shown}; the other {rest} are in the list of targets',
  // In place of explorer.noJs where the list is split into pages (PageNav.astro).
  'explorer.noJsPaged':
    'This page lists part of the entries; the page numbers below the table lead to the rest. With JavaScript you can sort, filter and download across all of them.',
} as const satisfies Record<UiKey, string>;
