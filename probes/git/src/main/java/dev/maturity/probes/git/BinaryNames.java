package dev.maturity.probes.git;

import java.util.Locale;
import java.util.Set;

/**
 * File names whose content is binary by format (images, documents, archives, model weights, columnar
 * data): a NUL byte in one is what the format holds, not a text file that could not be read, so it
 * never makes a criterion {@code UNKNOWN}. Extractors that sniff every file (for a hint, a size, a
 * digest) reach these too; only text formats can carry the evidence the probes look for.
 */
final class BinaryNames {

    private static final Set<String> EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "bmp", "ico", "icns", "webp", "tif", "tiff", "psd", "heic",
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "key", "numbers",
            "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "tar", "jar", "war", "whl", "egg",
            "parquet", "feather", "arrow", "avro", "orc", "tfrecord", "npy", "npz", "h5", "hdf5", "db", "sqlite",
            "sqlite3", "pkl", "pickle", "joblib", "pt", "pth", "ckpt", "onnx", "safetensors", "bin", "pb",
            "tflite", "mlmodel", "gguf", "ggml",
            "mp3", "mp4", "wav", "flac", "ogg", "webm", "mov", "avi", "mkv",
            "woff", "woff2", "ttf", "otf", "eot",
            "so", "dylib", "dll", "exe", "class", "o", "a", "wasm", "pyc");

    private BinaryNames() {
    }

    /** True when the file's last extension names a binary format. */
    static boolean expected(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 && EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
