package io.github.pvetasks.examples.clones;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small service that clones VMs and streams each clone's progress. */
@SpringBootApplication
public class ClonesApplication {

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        SpringApplication.run(ClonesApplication.class, args);
    }
}
