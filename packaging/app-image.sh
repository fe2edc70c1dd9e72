#!/usr/bin/env bash
# Builds a self-contained ConvScope app image with jpackage: target/package/ConvScope/bin/ConvScope.
#
# The runtime is a jlink image of the JDK modules the app uses, JavaFX and ControlsFX (all real modules); the app,
# jblas and picocli stay on the class path, because jlink refuses automatic modules such as jblas. Code on the
# class path sees every module of the runtime image, so JavaFX resolves without --module-path at launch.
#
# Needs JDK 17 with jlink and jpackage, Maven, and network access the first time (the dependency plugin).
# Run the image:  target/package/ConvScope/bin/ConvScope [--lang ko] [--sample NAME]   (a window)
#                 target/package/ConvScope/bin/ConvScope convolve IN.png OUT.png --kernel sobel-x   (the CLI)
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -DskipTests package \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory=target/deps

rm -rf target/app-input target/runtime target/package
mkdir -p target/app-input target/package
app_jar=$(cd target && ls convscope-*.jar)   # the thin jar; convscope.jar is the shaded one
version=${app_jar#convscope-}; version=${version%.jar}
cp "target/$app_jar" target/deps/jblas-*.jar target/deps/picocli-*.jar target/app-input/

# JavaFX ships an empty jar and a platform jar per module; the platform jars are the modules.
module_path=$(ls target/deps/javafx-*-linux.jar target/deps/controlsfx-*.jar | paste -sd:)
jdk_modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$module_path" target/app-input/*.jar)

# java.prefs keeps the settings (found by jdeps once used, listed so the image never lacks it); jdk.localedata
# formats numbers and dates in Korean.
jlink --module-path "$module_path" \
    --add-modules "$jdk_modules,java.prefs,jdk.localedata,javafx.controls,org.controlsfx.controls" \
    --include-locales=en,ko \
    --strip-debug --no-header-files --no-man-pages \
    --output target/runtime

jpackage --type app-image --name ConvScope --app-version "${version%-SNAPSHOT}" \
    --input target/app-input --main-jar "$app_jar" --main-class org.convscope.app.Launcher \
    --runtime-image target/runtime --java-options "-Dprism.lcdtext=false" \
    --dest target/package

du -sh target/package/ConvScope
echo "app image: target/package/ConvScope/bin/ConvScope"
