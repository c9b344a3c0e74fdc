namespace SiteGen.Model;

// Enum members are the English keys written in content (snake_case via the binder);
// their Norwegian labels live in templates/strings.nb.yml.

public enum SubprojectStatus { Planned, Active, Completed, Paused, Stopped, NotReported }

public enum Health { OnTrack, AtRisk, OffTrack }

public enum PhaseStatus { Planned, Active, Completed, Paused, Stopped }

public enum MilestoneStatus { Planned, Done, Delayed, Cancelled }

public enum MeasureStatus { Implemented, InProgress, Planned, NotStarted, NotCarriedOut, Postponed, NotFeasible, Rejected }

public enum GainType { Cost, Time, Quality }

public enum GoalUnit { Percent, Nok, Number }

public enum Comparison { AtLeast, AtMost }

public enum UpdateKind { Report, News }

public enum Audience { Employees, Citizens, ServiceUsers, Politicians, UnionReps, Leaders, Partners }

public enum Channel { Website, Intranet, Newsletter, SocialMedia, Meeting, Email, Press }

public enum MessageStatus { Planned, Published, Cancelled }

public enum RiskKind { Risk, Opportunity }
