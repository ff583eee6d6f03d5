package org.kpiconsolidator.consolidate;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A score written record by record, component by component, for the spill file: the scores are
 * immutable records of strings, decimals, enums, lists, maps and optionals, and Java serialization
 * took a millisecond and a half to read one back (as long as reading and checking a form), this a
 * fraction of it. An object met twice (a block an indicator's score points back to, a sheet name
 * every cell reference shares) is written once and referred to after, so the score read back shares
 * what the written one shared. Reading builds each record through its canonical constructor, as
 * Java serialization does, and admits only the classes {@code admitted} allows.
 */
final class ScoreCodec {

    /** A value this codec does not write (a model change brought a new kind of component). */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super("not written by the score codec: " + what);
        }
    }

    private static final byte NULL = 0;
    private static final byte SEEN = 1;
    private static final byte STRING = 2;
    private static final byte DECIMAL = 3;
    private static final byte BIG_DECIMAL = 4;
    private static final byte INT = 5;
    private static final byte LONG = 6;
    private static final byte TRUE = 7;
    private static final byte FALSE = 8;
    private static final byte ENUM = 9;
    private static final byte LIST = 10;
    private static final byte OPTIONAL = 11;
    private static final byte MAP = 12;
    private static final byte SET = 13;
    private static final byte RECORD = 14;

    /** A record class's components and canonical constructor, looked up once. */
    private record Shape(Method[] accessors, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new Shape(accessors, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }
    };

    private static final Map<String, Class<?>> CLASSES = new ConcurrentHashMap<>();

    private ScoreCodec() {
    }

    /**
     * The bytes of a value.
     *
     * @throws Unsupported when the value holds something other than what a score is made of
     */
    static byte[] write(Object value) {
        Writer w = new Writer();
        w.value(value);
        return Arrays.copyOf(w.bytes, w.size);
    }

    /**
     * The value of {@link #write}'s bytes.
     *
     * @param admitted the class names that may be built
     * @throws IllegalStateException when the bytes name a class not admitted, or are damaged
     */
    static Object read(byte[] bytes, Predicate<String> admitted) {
        return new Reader(bytes, admitted).value();
    }

    private static final class Writer {
        // Sized for a form's score, a thousand objects or so in 20 to 40 KB: no growing in steps.
        private byte[] bytes = new byte[64 * 1024];
        private int size;
        private final Map<Object, Integer> seen = new IdentityHashMap<>(2_048);
        private final Map<Class<?>, Integer> classes = new IdentityHashMap<>();

        void value(Object v) {
            if (v == null) {
                put(NULL);
                return;
            }
            if (v instanceof Integer i) {
                put(INT);
                putInt(i);
                return;
            }
            if (v instanceof Boolean b) {
                put(b ? TRUE : FALSE);
                return;
            }
            if (v instanceof Long l) {
                put(LONG);
                putLong(l);
                return;
            }
            if (v instanceof Enum<?> e) {
                put(ENUM);
                type(e.getDeclaringClass());
                putInt(e.ordinal());
                return;
            }
            Integer id = seen.get(v);
            if (id != null) {
                put(SEEN);
                putInt(id);
                return;
            }
            if (v instanceof String s) {
                put(STRING);
                string(s);
            } else if (v instanceof BigDecimal d) {
                BigInteger unscaled = d.unscaledValue();
                if (unscaled.bitLength() < 64) {
                    put(DECIMAL);
                    putLong(unscaled.longValue());
                } else {
                    put(BIG_DECIMAL);
                    string(unscaled.toString());
                }
                putInt(d.scale());
            } else if (v instanceof Optional<?> o) {
                put(OPTIONAL);
                value(o.orElse(null));
            } else if (v instanceof List<?> list) {
                put(LIST);
                putInt(list.size());
                for (Object e : list) {
                    value(e);
                }
            } else if (v instanceof Set<?> set) {
                put(SET);
                putInt(set.size());
                for (Object e : set) {
                    value(e);
                }
            } else if (v instanceof Map<?, ?> map) {
                put(MAP);
                putInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    value(e.getKey());
                    value(e.getValue());
                }
            } else if (v instanceof Record r) {
                put(RECORD);
                type(r.getClass());
                for (Method accessor : SHAPES.get(r.getClass()).accessors()) {
                    try {
                        value(accessor.invoke(r));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("cannot read " + accessor, e);
                    }
                }
            } else {
                throw new Unsupported(v.getClass().getName());
            }
            // Numbered once written whole: a record is built only after its components are read.
            seen.put(v, seen.size());
        }

        private void type(Class<?> type) {
            Integer id = classes.get(type);
            if (id != null) {
                putInt(id);
                return;
            }
            putInt(-1);
            string(type.getName());
            classes.put(type, classes.size());
        }

        private void string(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        private void put(byte b) {
            room(1);
            bytes[size++] = b;
        }

        private void putInt(int v) {
            room(4);
            bytes[size++] = (byte) (v >>> 24);
            bytes[size++] = (byte) (v >>> 16);
            bytes[size++] = (byte) (v >>> 8);
            bytes[size++] = (byte) v;
        }

        private void putLong(long v) {
            putInt((int) (v >>> 32));
            putInt((int) v);
        }

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private final Predicate<String> admitted;
        private int at;
        private final List<Object> seen = new ArrayList<>(2_048);
        private final List<Class<?>> classes = new ArrayList<>();

        Reader(byte[] bytes, Predicate<String> admitted) {
            this.bytes = bytes;
            this.admitted = admitted;
        }

        Object value() {
            byte tag = bytes[at++];
            switch (tag) {
                case NULL:
                    return null;
                case INT:
                    return getInt();
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case LONG:
                    return getLong();
                case ENUM: {
                    Class<?> type = type();
                    if (!type.isEnum()) {
                        throw new IllegalStateException("not an enum: " + type.getName());
                    }
                    return type.getEnumConstants()[getInt()];
                }
                case SEEN:
                    return seen.get(getInt());
                default:
                    break;
            }
            Object v = switch (tag) {
                case STRING -> string();
                case DECIMAL -> BigDecimal.valueOf(getLong(), getInt());
                case BIG_DECIMAL -> new BigDecimal(new BigInteger(string()), getInt());
                case OPTIONAL -> Optional.ofNullable(value());
                case LIST -> {
                    Object[] items = new Object[getInt()];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = value();
                    }
                    yield Collections.unmodifiableList(Arrays.asList(items));
                }
                case SET -> {
                    int n = getInt();
                    Set<Object> set = new LinkedHashSet<>();
                    for (int i = 0; i < n; i++) {
                        set.add(value());
                    }
                    yield Collections.unmodifiableSet(set);
                }
                case MAP -> {
                    int n = getInt();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        Object key = value();
                        map.put(key, value());
                    }
                    yield Collections.unmodifiableMap(map);
                }
                case RECORD -> record(type());
                default -> throw new IllegalStateException("a damaged score: tag " + tag + " at " + (at - 1));
            };
            seen.add(v);
            return v;
        }

        private Object record(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalStateException("not a record: " + type.getName());
            }
            Shape shape = SHAPES.get(type);
            Object[] args = new Object[shape.accessors().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = value();
            }
            try {
                return shape.constructor().newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot rebuild " + type.getName(), e);
            }
        }

        private Class<?> type() {
            int id = getInt();
            if (id >= 0) {
                return classes.get(id);
            }
            String name = string();
            if (!admitted.test(name)) {
                throw new IllegalStateException("a class no score is made of: " + name);
            }
            Class<?> type = CLASSES.computeIfAbsent(name, n -> {
                try {
                    return Class.forName(n, false, ScoreCodec.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("an unknown class in a score: " + n, e);
                }
            });
            classes.add(type);
            return type;
        }

        private String string() {
            int n = getInt();
            String s = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        private int getInt() {
            int v = (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                    | bytes[at + 3] & 0xFF;
            at += 4;
            return v;
        }

        private long getLong() {
            return (long) getInt() << 32 | getInt() & 0xFFFFFFFFL;
        }
    }
}
