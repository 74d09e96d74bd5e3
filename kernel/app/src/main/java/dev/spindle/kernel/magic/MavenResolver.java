package dev.spindle.kernel.magic;

import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves Maven coordinates and their runtime dependencies to jar files, with Maven's own resolver, in the
 * kernel JVM. Repositories added with {@code %mavenRepo} are asked before Maven Central. The local repository
 * is {@code ~/.m2/repository}, or {@code -Dspindle.maven.localRepository}.
 */
final class MavenResolver {

    static final String LOCAL_REPOSITORY_PROPERTY = "spindle.maven.localRepository";
    private static final RemoteRepository CENTRAL =
            new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/").build();

    private final List<RemoteRepository> added = new ArrayList<>();
    private RepositorySystem system;

    synchronized void addRepository(String id, String url) {
        added.removeIf(repository -> repository.getId().equals(id));
        added.add(new RemoteRepository.Builder(id, "default", url).build());
    }

    synchronized List<String> repositories() {
        List<String> all = new ArrayList<>();
        added.forEach(r -> all.add(r.getId() + " " + r.getUrl()));
        all.add(CENTRAL.getId() + " " + CENTRAL.getUrl());
        return all;
    }

    /** {@code coordinates} as {@code group:artifact[:extension[:classifier]]:version}. */
    synchronized List<Path> resolve(List<String> coordinates) throws DependencyResolutionException {
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        try (RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(localRepository()).build()) {
            CollectRequest collect = new CollectRequest();
            coordinates.forEach(c -> collect.addDependency(new Dependency(new DefaultArtifact(c), JavaScopes.RUNTIME)));
            List<RemoteRepository> repositories = new ArrayList<>(added);
            repositories.add(CENTRAL);
            collect.setRepositories(system.newResolutionRepositories(session, repositories));
            DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
            return system.resolveDependencies(session, request).getArtifactResults().stream()
                    .map(ArtifactResult::getArtifact).map(artifact -> artifact.getPath()).toList();
        }
    }

    private static Path localRepository() {
        String configured = System.getProperty(LOCAL_REPOSITORY_PROPERTY);
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }
}
