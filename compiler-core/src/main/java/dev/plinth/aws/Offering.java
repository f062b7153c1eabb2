package dev.plinth.aws;

/** Whether a region offers an instance type, as far as the bundled data tells. */
public enum Offering {
    /** The region offers the type. */
    OFFERED,
    /** The data lists the region's offerings and the type is not among them. */
    NOT_OFFERED,
    /** The data cannot tell: the type is unknown or known only by name, or the region's offerings are not in the data. */
    UNKNOWN
}
