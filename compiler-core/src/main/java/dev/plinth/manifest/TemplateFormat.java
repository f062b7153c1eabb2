package dev.plinth.manifest;

/** The format a template is written in, as a manifest names it ({@code format}) and as its file name ends. */
public enum TemplateFormat {
    JSON("json"),
    YAML("yaml");

    private final String extension;

    TemplateFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without a dot; also the manifest's name for the format. */
    public String extension() {
        return extension;
    }
}
