package dev.maturity.core.render.junit;

import dev.maturity.core.render.Escape;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import javax.xml.stream.XMLStreamWriter;

/**
 * Wraps an {@link XMLStreamWriter} so that every attribute value and text node it writes passes
 * through {@link Escape#xml}: the writer escapes markup but not the characters XML 1.0 forbids,
 * and one control character from a repository would make strict parsers reject the whole report.
 */
final class XmlSafeWriter {

    private XmlSafeWriter() {
    }

    static XMLStreamWriter wrap(XMLStreamWriter delegate) {
        return (XMLStreamWriter) Proxy.newProxyInstance(XMLStreamWriter.class.getClassLoader(),
                new Class<?>[] {XMLStreamWriter.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (args != null && (name.equals("writeAttribute") || name.equals("writeCharacters")
                            || name.equals("writeCData") || name.equals("writeComment"))) {
                        Object last = args[args.length - 1];
                        if (last instanceof String text) {
                            args[args.length - 1] = Escape.xml(text);
                        }
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
