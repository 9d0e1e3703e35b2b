// Every chart id of the site, built here and nowhere else: ids become /charts/<id>.svg, /embed/<id>/ and the
// figure's anchor (#chart-<id>), so a page names a chart through these, never by typing its id.
export const chartIds = {
  structure: 'plan-structure',
  rhythm: 'plan-rhythm',
  targetPanel: (kind: 'amount' | 'share' | 'count') => `targets-${kind}s`,
  projectInvestment: 'project-investment',
  projectCounts: 'project-counts',
  accountability: 'accountability',
  industryTargets: (industryId: string) => `industry-${industryId}-targets`,
  programmeTargets: (programmeId: string) => `programme-${programmeId}-targets`,
  unitDuties: (unitId: string) => `unit-${unitId}-duties`,
} as const;
