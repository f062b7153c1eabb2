package dev.plinth.cfn.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.plinth.cfn.Template;
import dev.plinth.manifest.JsonStyle;
import dev.plinth.manifest.TemplateFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes templates as JSON or YAML. The same template gives the same bytes on any machine:
 * fixed section and key order, two-space indents, {@code \n} line ends, UTF-8, a final newline.
 * YAML uses the long form of intrinsics ({@code Fn::GetAtt: [...]}, {@code Ref: X}) and quotes
 * every string, so no value is read back as a number, a boolean or a date.
 */
public final class TemplateWriter {

    private static final ObjectWriter JSON_WRITER = jsonWriter();
    private static final ObjectMapper YAML_MAPPER = yamlMapper();

    private TemplateWriter() {}

    public static byte[] write(Template template, TemplateFormat format) {
        JsonNode tree = new TemplateRenderer(template).render();
        try {
            if (format == TemplateFormat.JSON) {
                String json = JSON_WRITER.writeValueAsString(tree) + "\n";
                return json.getBytes(StandardCharsets.UTF_8);
            }
            return YAML_MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] json(Template template) {
        return write(template, TemplateFormat.JSON);
    }

    public static byte[] yaml(Template template) {
        return write(template, TemplateFormat.YAML);
    }

    public static String jsonString(Template template) {
        return new String(json(template), StandardCharsets.UTF_8);
    }

    public static String yamlString(Template template) {
        return new String(yaml(template), StandardCharsets.UTF_8);
    }

    private static ObjectWriter jsonWriter() {
        return JsonStyle.writer(new ObjectMapper());
    }

    private static ObjectMapper yamlMapper() {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        return new ObjectMapper(factory);
    }
}
